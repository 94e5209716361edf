# Checks simple generators: lazy execution order, next(), StopIteration at end, list() consumption.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(list(gen()))
print(next(gen(), 'x'), type(g).__name__)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), list(countdown(0)))
try:
    next(g)
except StopIteration:
    print("still exhausted")

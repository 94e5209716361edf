# Checks return inside generators: StopIteration.value, return without value, and early return.
def g1():
    yield 1
    return 'done'
it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def g2():
    yield 1
    return
it = g2(); next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def g3(n):
    for i in range(n):
        if i == 2:
            return f'stopped at {i}'
        yield i
print(list(g3(10)), list(g3(1)))
def runner():
    r = yield from g3(5)
    print('sub returned:', r)
    return r.upper()
try:
    gen = runner()
    while True:
        print('value', next(gen))
except StopIteration as e:
    print('outer returned:', e.value)

# Checks iterator protocol: iter() on containers, custom __iter__ returning a generator, iter(callable, sentinel), StopIteration in for.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), 2 in c, sum(c))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it))
data = [5, 4, 3, 0, 9]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), next(di), next(di, 'end'))
def gen():
    yield 1
g = gen()
print(iter(g) is g, hasattr(g, '__next__'), hasattr([], '__next__'), hasattr([], '__iter__'))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)

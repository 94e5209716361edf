# Checks classes implementing __iter__/__next__, separate iterable vs iterator, and reuse behaviour.
class CountUp:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n
c = CountUp(3)
print(list(c), list(c))
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return Range2Iter(self.a, self.b)
class Range2Iter:
    def __init__(self, a, b):
        self.cur, self.b = a, b
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.b:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
r = Range2(2, 5)
print(list(r), list(r), [(x, y) for x in r for y in r if x < y])
it = iter(r)
print(next(it), next(it), next(it), next(it, 'done'))
for i, v in enumerate(CountUp(2)):
    print(i, v)

# Checks __len__/__getitem__/__setitem__/__delitem__/__contains__/__iter__ and slicing via __getitem__.
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self.items[i])
        return self.items[i % len(self.items)]
    def __setitem__(self, i, v):
        self.items[i % len(self.items)] = v
    def __delitem__(self, i):
        del self.items[i % len(self.items)]
    def __contains__(self, v):
        print("  contains check", v)
        return v in self.items
    def __repr__(self):
        return f"Ring({self.items})"
r = Ring('abcde')
print(len(r), r[0], r[7], r[-1], r[1:3], r[::-2])
r[6] = 'B'
del r[10]
print(r, 'c' in r, 'z' not in r)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Iterable:
    def __iter__(self):
        return iter([3, 1, 2])
print(sorted(Iterable()), 1 in Iterable(), list(zip(Iterable(), 'abc')))
try:
    len(Seq())
except TypeError as e:
    print("TypeError:", e)

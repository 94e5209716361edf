# Checks __add__/__radd__/__iadd__/__sub__/__mul__/__rmul__/__neg__/__abs__, NotImplemented fallback and sum().
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"Vec{tuple(self.c)}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return Vec(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("  radd with", o)
        return self + o
    def __iadd__(self, o):
        print("  iadd in place")
        self.c = (self + o).c
        return self
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v - w, v * 3, 3 * v, -v, abs(w))
print(sum([v, w, Vec(10, 10)]))
alias = v
v += w
print(v, alias, v is alias)
try:
    v + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" - v
except TypeError as e:
    print("TypeError:", e)

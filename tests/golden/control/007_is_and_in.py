# Checks is / is not with None/True/False and shared objects, and in / not in across container types.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
print(True is True, (1 == 1) is True, bool(1) is True, [] is not [], id(a) == id(b), id(a) == id(c))
def returns_none():
    pass
print(returns_none() is None, print is print, len is not abs)
print(3 in [1, 2, 3], 3 in (3,), 3 in {3: 'k'}, 'k' in {3: 'k'}, 3 in {3}, 3 in range(4), 'bc' in 'abcd')
print(4 not in [1, 2], [1] in [[1]], (1, 2) in [(1, 2)], 1.0 in [1], 'a' not in 'bcd', None in [None])
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
    def __repr__(self):
        return f"Box({self.v})"
print(Box(1) in [Box(1)], Box(1) is Box(1), Box(2) in [Box(1)], [Box(3)].index(Box(3)))

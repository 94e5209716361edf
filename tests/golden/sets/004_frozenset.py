# Checks frozenset creation, immutability, hashing, use as dict key/set element, mixed ops result types.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, frozenset(), frozenset(range(3)))
g = f | {7}
h = {7} | f
print(g, type(g).__name__, h, type(h).__name__, type(f & {1}).__name__, type({1} - f).__name__)
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(s), frozenset({1, 2}) in s)
d = {frozenset({1}): 'one'}
print(d[frozenset([1])], hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(f.union([5]), f.copy() == f, sorted(f, reverse=True))

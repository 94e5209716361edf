# Checks subset/superset/disjoint and comparison operators on sets and frozensets.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3, 4}), a.isdisjoint(b), a.issubset([1, 2, 5]))
print({1} < {2}, {1} > {2}, {1} == {2}, sorted([{3}, {1}, {2}], key=min))
print(set() < {0}, set() <= set(), frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]))
print(max([{1}, {1, 2}], key=len), min({5, 3, 8}), max({5, 3, 8}), sum({1, 2, 3}))

# Checks set creation, dedup, membership, len, add/discard/remove/pop on small ints; repr order of small ints.
s = {3, 1, 2, 3, 1}
print(s, len(s), 1 in s, 5 in s, 5 not in s, set(), set([4, 4, 0]), set(range(5)), {True, 1, 1.0, 0, False})
s.add(0); s.add(3)
print(s)
s.discard(7); s.discard(1)
print(s)
s.remove(2)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(type({}).__name__, type({1}).__name__, set('') == set(), bool(set()), bool({0}))
print(sorted({7, 5, 6}), set([1, 2]) == {2, 1}, {1, 2} == [1, 2], len({1, 1.0, True}))

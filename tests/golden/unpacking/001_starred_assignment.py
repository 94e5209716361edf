# Checks starred assignment targets in every position, with empty remainders and from various iterables.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
x, *empty, y = (1, 2)
print(x, empty, y)
*everything, = {3: 'a', 4: 'b'}
print(everything)
h, *t = iter([9])
print(h, t, type(t).__name__)
(p, *q), r = "xyz", 5
print(p, q, r)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
print(*[1, 2], *"ab", sep='-')
print([*range(3), *[9], *()], (*"hi",), {*[1, 2], *[2, 3]}, {**{'a': 1}, 'b': 2})

# Checks tuple packing/unpacking, returning multiple values, nested tuples, tuples containing mutables.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax([5]))
r = minmax([3, 2])
print(r, type(r).__name__)
point = 3, 4
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
(a, b), c = (1, 2), 3
print(a, b, c)
t = ([1], [2])
t[0].append(10)
print(t)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, s = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)

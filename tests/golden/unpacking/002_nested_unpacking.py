# Checks nested tuple/list unpacking in assignments and for-loops, including mismatched shapes.
(a, b), (c, d) = [1, 2], (3, 4)
print(a, b, c, d)
[x, [y, z]] = (1, [2, 3])
print(x, y, z)
data = [('alice', (30, 'NYC')), ('bob', (25, 'LA'))]
for name, (age, city) in data:
    print(name, age, city)
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items()):
    print(i, k, v)
((m,),) = [[7]]
print(m)
pairs = [[1, [2, 3]], [4, [5, 6]]]
print([a + b + c for a, (b, c) in pairs])
try:
    (a, b), c = [1, 2, 3], 4
except ValueError as e:
    print("ValueError:", e)
try:
    (a, b), c = 5, 6
except TypeError as e:
    print("TypeError:", e)

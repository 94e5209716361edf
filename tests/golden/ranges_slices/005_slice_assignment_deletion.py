# Checks slice assignment with iterables of different lengths and extended-slice rules on lists.
a = list(range(8))
a[1:3] = range(100, 105)
print(a)
a[-2:] = "xy"
print(a)
a[::3] = [None] * len(a[::3])
print(a)
b = [0, 1, 2, 3, 4, 5]
b[4:1:-1] = ['p', 'q', 'r']
print(b)
b[::-1] = b[:]
print(b)
del b[::-2]
print(b)
c = [1, 2, 3]
c[1:2] = []
c[0:0] = (7, 8)
c[len(c):len(c)] = [9]
print(c)
c[:] = c[::-1]
print(c)
try:
    c[::-1] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)

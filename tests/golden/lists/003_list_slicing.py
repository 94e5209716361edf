# Checks list slicing with steps/negatives, slice assignment (growing/shrinking), extended slice assignment, del slices.
a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::-1], a[::3], a[8:2:-2], a[-1:-4:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[:] = [7, 8]
print(b, a[:3])
c = list(range(10))
c[::2] = ['e'] * 5
print(c)
del c[1::2]
print(c)
c = list(range(10))
del c[-3:]
del c[:2]
print(c)
c[len(c):] = [99]
c[-1:] = []
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = [1, 2, 3]
d[5:10] = [4]
d[-10:0] = [0]
print(d, d[::-1][::-1] == d)

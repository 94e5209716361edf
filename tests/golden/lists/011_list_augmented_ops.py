# Checks += with arbitrary iterables, *= on lists, extend vs append, and += on tuple element lists.
a = [1]
a += (2, 3)
a += "xy"
a += range(2)
a += {9: 'v'}
print(a)
b = [0, 1]
b *= 3
print(b)
b *= 0
print(b)
c = [[1]]
c[0] += [2]
c[0] *= 2
print(c)
t = ([1, 2], 'x')
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    a = a + (1,)
except TypeError as e:
    print("TypeError:", e)
d = [1, 2]
d.append([3, 4])
d.extend([5, [6]])
print(d, len(d))

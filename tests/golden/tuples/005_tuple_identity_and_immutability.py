# Checks that tuple ops create new tuples, += rebinds, and immutability errors are reported.
a = (1, 2)
b = a
a += (3,)
print(a, b, a == b)
c = a[:]
print(c == a, c)
t = (1, [2, 3], 'x')
t[1][0] = 'changed'
print(t)
for op in [lambda: t.append(4), lambda: t.sort()]:
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print(tuple(t) == t, list(t), str(t), repr((1,)), repr(((1, 2),)))

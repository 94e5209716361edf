import sys
x = [1, 2, 3, 4]
a, *rest = x
a, b = b, a = 1, 2
x[1:3] = [9]
del x[0], rest
assert x, "empty"
assert len(x) > 1
y = (n := 10) * 2
s = {1, 2, 3}
t = (1, 2, 3)
z = -1 if y else ~2
print(0 < a < b <= 5, a is not None, b not in s, not a in t)
k = 2 ** 10 + (1 << 4) - 7 // 2
d = {"a": 1, "b": 2, **{"c": 3}}
q = x[::2], x[1:], x[:-1]
w = lambda *a, **k: (a, k)
print(k, d, q, w(1, e=2), sys.maxsize > 0)
g = 5
def bump():
    global g
    g += 1
    del g

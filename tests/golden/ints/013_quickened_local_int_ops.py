# The quickened fast paths for a local compared with, or updated by, a constant: their
# fallbacks (big ints, floats, bools, strs, an unbound local) must behave like the generic ones.
def f(n):
    i = n - 3
    out = []
    while i < n:
        i += 1
        out.append(i)
    return out
print(f(10), f(2**63), f(-2**63 + 2))
def g(x):
    x += 'y'
    if x < 'z':
        x -= 1
    return x
try:
    g('a')
except TypeError as e:
    print(e)
def h():
    if k < 3:
        pass
    k = 1
try:
    h()
except UnboundLocalError as e:
    print(e)
def m(v):
    c = 0
    while v < 5:
        v += 1.5
        c += 1
    return v, c
print(m(0), m(True), m(2**70))
def w(v):
    v -= 1
    return v
print(w(-2**63), w(5))
def two(a, b):
    while a < b:
        a += 1
    return a
print(two(0, 5), two(2**64, 2**64 + 2), two(0.5, 3), two('a', 'b' * 0 + 'a'))
def unbound_second(a):
    if a < b:
        pass
    b = 2
try:
    unbound_second(1)
except UnboundLocalError as e:
    print(e)

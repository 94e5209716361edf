def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

f(1, c=3)
f(1, 2, 3, c=5, d=6, e=7)
args = (1, 2)
kwargs = {"c": 3}
f(*args, **kwargs)
f(0, *args, c=1, **kwargs)
print(sorted([3, 1, 2], key=lambda v: -v, reverse=False), sep="")

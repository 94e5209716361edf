# Checks * and ** unpacking in calls, literals and returns, dict merges with duplicate keys, and errors.
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2]), f(*(1, 2, 3, 4)), f(1, *[2], *[3, 4], x=1, **{'y': 2}))
print(f(**{'a': 1, 'b': 2}), f(*'xy', **{'c': 'z'}))
def g():
    return 1, [2, 3], {'k': 4}
one, (two, three), mapping = g()
print(one, two, three, mapping)
print(*{'a': 1, 'b': 2}, *{5, 6} if False else [], *range(2))
merged = {**{'a': 1, 'b': 2}, **{'b': 3, 'c': 4}, 'a': 0}
print(merged, [*merged], [*merged.values()])
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

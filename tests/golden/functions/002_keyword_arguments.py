# Checks keyword arguments, mixing positional and keyword, argument errors with exact messages.
def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2), f(1, b=5), f(c=9, b=8, a=7), f(*[1, 2]), f(**{'a': 1, 'b': 2, 'c': 0}), f(1, *[2], **{'c': 4}))
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, a=1, b=2),
    lambda: f(1, 2, **{'c': 1, 'e': 2}),
    lambda: f(**{'a': 1}, **{'a': 2}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
def g():
    return 'none'
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)

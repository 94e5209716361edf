# Checks keyword-only (after * or *args) and positional-only (/) parameters and their errors.
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=0, b=2))
def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def mixed(a, /, *args, b, **kw):
    return a, args, b, kw
print(mixed(1, 2, 3, b=4, a=5))
for call in [lambda: kwonly(1, 2), lambda: kwonly(1), lambda: posonly(1, b=2, c=3, d=4),
             lambda: posonly(1, 2, 3, 4), lambda: posonly(a=1, b=2, c=3, d=4), lambda: kwonly(b=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def defaults(a, b=2, /, c=3, *, d=4):
    return a + b + c + d
print(defaults(1), defaults(1, 1), defaults(1, 1, 1), defaults(1, d=0, c=0))

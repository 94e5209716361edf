# Checks ternary expressions incl. nesting, short-circuit of and/or returning operands, not.
for n in [-2, 0, 5]:
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0, 'a' and 'b' and 'c')
print(not 0, not 1, not [], not None, not not 'x', (not 0) + 1, [] and 1/0, 1 or 1/0)
calls = []
def f(v):
    calls.append(v)
    return v
r = f(0) and f(1)
r2 = f(2) or f(3)
r3 = f(0) or f('') or f(None)
print(r, r2, r3, calls)
x = 5
y = (x if x > 3 else -x) * 2
print(y, [("odd" if i % 2 else "even") for i in range(4)], (lambda a: a if a else 'empty')(''))
print(1 if True else 1/0, 1/1 if False else 'lazy')

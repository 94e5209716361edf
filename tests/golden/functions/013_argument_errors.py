# Checks the exact TypeError messages for wrong calls to user functions, builtins and methods.
def f(a, b):
    pass
def g(a, *, k):
    pass
class C:
    def m(self, x):
        pass
five, text, nothing = 5, 'str', None
calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(b=1),
    lambda: g(1, 2),
    lambda: g(1),
    lambda: g(1, k=1, z=2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs('x'),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: [].append(),
    lambda: int('3', base=2, x=1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)

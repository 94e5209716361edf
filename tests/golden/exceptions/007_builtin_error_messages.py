# Checks exact messages of common built-in exceptions (Index/Key/Attribute/Name/Type/Value/ZeroDivision).
class Thing:
    pass
cases = [
    lambda: [1, 2][5], lambda: (1,)[-3], lambda: 'ab'[9], lambda: {'a': 1}['b'], lambda: {}[(1, 2)],
    lambda: Thing().missing, lambda: Thing.nope, lambda: (5).real_part, lambda: 'x'.foo, lambda: None.attr,
    lambda: undefined_name, lambda: 1 + None, lambda: '3' * '3', lambda: [] + (), lambda: -'x',
    lambda: len(42), lambda: int('12a'), lambda: float('x1'), lambda: 5 / 0, lambda: 5 % 0, lambda: 2.0 // 0,
    lambda: [].pop(), lambda: {}.popitem(), lambda: list(1), lambda: sorted([1, 'a']), lambda: 'abc'.index('z'),
    lambda: divmod(1, 0), lambda: chr(-5), lambda: hash([]), lambda: iter(None), lambda: Thing() < Thing(),
]
for c in cases:
    try:
        c()
        print("no error?!")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

# Checks dict comprehensions, dict() from zip/pairs/kwargs, duplicate keys, and constructor errors.
sq = {x: x * x for x in range(6)}
print(sq)
print({x: x % 3 for x in range(6) if x % 2 == 0}, {v: k for k, v in sq.items() if v > 4})
print({k: v for k, v in zip('abc', range(3))}, dict(zip('ab', [1, 2, 3])), dict([(1, 'a'), (1, 'b')]))
print({i % 3: i for i in range(10)}, {c: ord(c) for c in "hello"})
print(dict({'a': 1}, b=2), dict(a=1, a2=2), dict([[1, 2], (3, 4), 'xy']))
for bad in [[(1, 2, 3)], [1, 2], ['abc']]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Checks min/max with iterables vs multiple args, key=, default=, ties (first wins), and error messages.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1, 'b'), (1, 'a')), max([], default='empty'))
print(min([], default=None), max([1, 3, 2], key=lambda x: -x), min(['bb', 'a', 'cc', 'd'], key=len), max(['bb', 'a', 'cc'], key=len))
print(max([(1, 'first'), (1, 'second')], key=lambda t: t[0]), min([2, -2, 1, -1], key=abs), max({'x': 1, 'y': 2}))
print(max(1, 2.5, True), min(-0.0, 0.0), min(0.0, -0.0), max(range(10), key=lambda v: v % 4), min('b', 'a', key=str.upper))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, 'a']), lambda: min(1, 2, default=0)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

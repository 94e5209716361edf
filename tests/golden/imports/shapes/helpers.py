TABLE = (1.5, (2.5, "two words"), frozenset({3}))


def double(x):
    return 2 * x

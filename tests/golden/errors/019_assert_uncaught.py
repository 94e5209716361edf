# Checks an uncaught AssertionError with a formatted message raised inside a function.
def mean(xs):
    assert len(xs) > 0, f"mean() needs data, got {xs!r}"
    return sum(xs) / len(xs)
print(mean([1, 2, 3, 4]))
print(mean([]))

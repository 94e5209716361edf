# Checks sum() with start, floats, bools, lists (via start), rejection of strings; any/all short-circuit and empties.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([True, True, False]), sum(range(101)), sum([]), sum([], 5))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2]), sum([10 ** 20, 1]), sum(x * x for x in range(4)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print("TypeError:", e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, '', None]), all([1, 'x', [0]]), any([0, 0.0, 1j if False else 3]), all(iter([])))
log = []
def t(v):
    log.append(v)
    return v
print(any(t(x) for x in [0, 1, 2]), log)
log.clear()
print(all(t(x) for x in [1, 0, 2]), log)
print(any('abc'), all(''), all([[]]), any([[]]))

# Checks enumerate with start (incl. negative), zip of unequal lengths, zip(strict=True), unzip via zip(*).
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', -5)), list(enumerate([])))
e = enumerate([10, 20])
print(next(e), next(e), next(e, 'end'), type(e).__name__)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('abc', range(10), [True, False])))
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, letters = zip(*pairs)
print(nums, letters, list(zip(*zip(*pairs))) == pairs)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(dict(zip('xyz', range(3))), [a * b for a, b in zip(range(5), range(5, 10))])
it = iter(range(6))
print(list(zip(it, it)))

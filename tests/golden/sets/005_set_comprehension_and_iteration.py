# Checks set comprehensions, iteration order of small-int sets, sorted output, dedup idioms.
s = {x % 5 for x in range(20)}
print(s)
print(sorted({x * x for x in range(-3, 4)}), {c for c in [4, 2, 4, 0]})
print(sorted({n % 7 for n in range(0, 100, 3)}))
for x in {6, 2, 4}:
    print(x, end=' ')
print()
nums = [5, 3, 5, 1, 3, 7]
print(sorted(set(nums)), len(set(nums)), list(dict.fromkeys(nums)))
evens = {x for x in range(10) if x % 2 == 0}
odds = set(range(10)) - evens
print(evens, odds, evens | odds == set(range(10)), evens & odds)
print(set(), {i for i in []}, set([0]) | set([1]))

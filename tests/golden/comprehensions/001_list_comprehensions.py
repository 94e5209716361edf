# Checks list comprehensions: filters, nested loops order, conditional expressions, nested comprehensions.
print([x * x for x in range(8)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [c.upper() for c in "abc" if c != 'b'])
print([x if x % 2 else -x for x in range(6)], [[j for j in range(i)] for i in range(4)])
print([y for row in [[1, 2], [3], []] for y in row], [len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("xyz")], [a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([[r * c for c in range(1, 4)] for r in range(1, 4)], [str(x) for x in [1.5, None, True]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [x for x in []], [[] for _ in range(2)])

# Checks deeply nested comprehensions: flatten, cartesian product, pythagorean triples, transposition.
nested = [[1, [2, 3]], [4], [[5, 6], 7]]
def flatten(x):
    return [z for y in x for z in (flatten(y) if isinstance(y, list) else [y])]
print(flatten(nested))
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])
print([s + t for s in "ab" for t in "xyz"], [[c for c in w] for w in ["hi", "yo"]])
print([[i * j for j in range(i + 1)] for i in range(4)])
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid, [cell for row in grid for cell in row if sum(cell) == 1])
print({k: {v for v in range(k)} for k in range(4)})

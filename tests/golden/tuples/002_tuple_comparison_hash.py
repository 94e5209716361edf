# Checks tuple comparisons (lexicographic), equality with lists, hashing of int tuples, use as dict keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, 2) == (1, 2), (1, 2) == [1, 2])
print((1, 'b') < (1, 'c'), (0, 1.5) < (0, 2), (1, (2, 3)) < (1, (2, 4)), max([(1, 9), (2, 0), (1, 10)]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()), hash((1, 2)) != hash((2, 1)))
grid = {(0, 0): 'origin', (1, 2): 'p', (-1, -1): 'q'}
print(grid[(1, 2)], grid[1, 2], (0, 0) in grid, (2, 1) in grid, sorted(grid))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), min((3, 1), (2, 9)))
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, 'x')
except TypeError as e:
    print("TypeError:", e)

# Checks loops over ranges: reversed(range), enumerate with range, nested ranges, range arithmetic patterns.
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(-3, 3, 2))))
total = 0
for i in range(1, 6):
    for j in range(i):
        total += j
print(total)
print([(i, j) for i in range(3) for j in range(i, 3)])
print(list(range(10)[2:8][::2]), list(range(20)[::5]), range(0, 20, 5)[1:] == range(5, 20, 5))
r = range(10)
it = iter(r)
print(next(it), next(it), list(it), list(it))
acc = []
for i in range(5, -1, -1):
    acc.append(i)
print(acc, sum(range(0, 100, 7)), len(range(-10, 10, 3)), list(range(-10, 10, 3)))
print(range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))

# Checks iterating tuples and applying builtins: sorted returns list, sum/min/max, zip of tuples, in.
t = (5, 3, 8, 1)
print(sorted(t), tuple(sorted(t)), sum(t), min(t), max(t), len(t), 8 in t, 7 not in t)
print(list(reversed(t)), tuple(reversed(t)), tuple(x * 2 for x in t), tuple(enumerate(t)))
names = ('ann', 'bob')
ages = (31, 25)
print(tuple(zip(names, ages)), dict(zip(names, ages)), list(zip(*zip(names, ages))))
nested = ((1, 2), (3, 4), (5, 6))
print(sum(a * b for a, b in nested), [b for a, b in nested], tuple(map(sum, nested)))
print(any(()), all(()), tuple(filter(lambda x: x > 2, t)), t.__len__(), isinstance(t, tuple))
acc = ()
for i in range(4):
    acc += (i,)
print(acc, acc[1:-1], acc * 0)

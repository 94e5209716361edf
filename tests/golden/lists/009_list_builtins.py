# Checks builtins on lists: len/sum/min/max/sorted/reversed/any/all/enumerate/zip/map/filter.
a = [3, -1, 4, -1, 5, -9, 2, 6]
print(len(a), sum(a), min(a), max(a), sum(a, 100), min(a, key=abs), max(a, key=abs))
print(list(reversed(a)), list(enumerate(a, 1))[:3], list(zip(a, a[1:]))[:3], list(map(abs, a)))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda x: x > 0, a)))
print(any(x > 5 for x in a), all(x > -10 for x in a), any([]), all([]), sum([[1], [2]], []))
print(sorted(a, key=lambda x: (x % 3, x)), list(map(lambda x, y: x * y, a, range(3))))
print([x for x in reversed(range(5))], list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(t) for t in zip('ab', 'cd')])
rev = reversed([1, 2, 3])
print(rev is iter(rev), next(rev), list(rev), list(rev))

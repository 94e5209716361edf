# Checks lexicographic list comparison, membership with == semantics, nested and mixed types.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] <= [1, 2], [3] >= [2, 9])
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1.0]], ['a', 'b'] < ['a', 'c'], [1, 2] == (1, 2))
print(1 in [1.0, 2], 2.0 in [1, 2], [1] in [[1], [2]], 'a' in ['abc'], None in [0, False, None])
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0], [-1, 5]]), [1, 2] * 2 == [1, 2, 1, 2])
nan = float('nan')
print([nan] == [nan], nan in [nan], [1, nan] < [2, nan])
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
print([1, 2] < [1, 2, 'a'], [1, 'x'] == [1, 2])

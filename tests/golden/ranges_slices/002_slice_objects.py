# Checks slice objects: repr, attributes, indices() normalisation, use on lists/strings/tuples.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, None))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s], range(10)[s])
for sl in [slice(None), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(8, 2, -2), slice(2, 8, -1)]:
    print(sl, sl.indices(10), data[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)

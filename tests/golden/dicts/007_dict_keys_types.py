# Checks hashable key types: ints, negative ints, floats, tuples, None, bool, frozenset; unhashable errors.
d = {}
d[1] = 'int'
d[1.0] = 'float overrides value, key stays int'
d[-1] = 'neg'
d[2 ** 64] = 'big'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[frozenset({1, 2})] = 'fs'
d[0.5] = 'half'
d[''] = 'empty'
print(d)
print(d[True], d[frozenset({2, 1})], d[(1, 2)], d[2.0 ** 64], -1 in d, -1.0 in d, 0 in d)
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
print(len(d), list(d)[0], type(list(d)[0]).__name__)

# Checks dict literals, key equality (1 == True == 1.0), insertion order, len, repr, KeyError.
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], {}, dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]))
print({1: 'a', True: 'b'}, {1: 'x', 1.0: 'y', True: 'z'}, {0: 'zero', False: 'f', 0.0: 'g'})
d['c'] = 3
d['a'] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d['b']
d['b'] = 20
print(d)
try:
    d['zz']
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d['nope']
except KeyError as e:
    print("KeyError:", e)
print({(1, 2): 'tuple key', None: 'none', 3.5: 'float', -1: 'neg'}, {'nested': {'d': [1]}})

# Checks keys/values/items views are live, iteration order, view set-ops on int keys, mutation during iteration error.
d = {3: 'c', 1: 'a', 2: 'b'}
k, v, it = d.keys(), d.values(), d.items()
d[0] = 'z'
print(list(k), list(v), list(it), len(k))
print(2 in k, 'b' in v, (1, 'a') in it, (1, 'b') in it)
print(sorted(k & {1, 2, 9}), sorted(k | {7}), sorted(k - {0, 3}), sorted(k ^ {3, 4}))
for key in d:
    print(key, d[key], end=' ')
print()
for key, val in d.items():
    d[key] = val.upper()
print(d)
try:
    for key in d:
        d[key + 10] = 'x'
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(d)), list(reversed(d.items()))[:2], type(k).__name__, type(v).__name__, type(it).__name__)
print(d.keys() == {0, 1, 2, 3, 13}, list(d.values())[-1])

# Checks map with one/two/three iterables (shortest wins), filter with None and functions, laziness.
print(list(map(str, [1, 2])), list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
print(list(map(len, ['', 'a', 'abc'])), list(map(int, '123')), list(map(abs, (-1, -2.5))))
print(list(filter(None, [0, 1, False, 2, '', 'x', None, [], [0]])), list(filter(str.isdigit, 'a1b2c3')))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(None, ())))
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
seen = []
f = filter(lambda x: seen.append(x) or x > 1, [1, 2, 3])
print(seen, next(f), seen)
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)

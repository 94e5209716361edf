# Checks iter() on many types, next() with default, iter(callable, sentinel), and exhausted iterator behaviour.
for obj in [[1, 2], (3,), "ab", {'k': 1}, {5}, range(2), b"x"]:
    it = iter(obj)
    print(type(obj).__name__, iter(it) is it, next(it), next(it, 'END'))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)), counter)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")), next(lines))
it = iter([])
print(next(it, None), next(it, 0))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)

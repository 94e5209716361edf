# Checks assignment expressions (:=) in if/while/comprehensions and their scoping.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
items = iter(data)
while (x := next(items, None)) is not None:
    print("got", x, end="; ")
print()
print([y for v in data if (y := v * 2) > 6], y)
print([(last := v) for v in range(4)], last)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
def f():
    [z := i for i in range(3)]
    return z
print(f())
if (m := max(data)) and m > 5:
    print("max", m)
print((w := 10), w + 1)

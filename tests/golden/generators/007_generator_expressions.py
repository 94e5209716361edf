# Checks generator expressions: laziness, single-pass exhaustion, early-binding of the first iterable, filtering.
g = (x * x for x in range(5))
print(list(g), list(g), sum(x for x in range(5)))
calls = []
def src():
    for i in range(3):
        calls.append(i)
        yield i
g2 = (v + 1 for v in src())
print(calls)
print(next(g2), calls)
print(list(g2), calls)
evens = (n for n in range(10) if n % 2 == 0)
squares_of_evens = (e * e for e in evens)
print(list(squares_of_evens))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    (1 / x for x in [1, 0])
    print("no error yet (lazy)")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Checks infinite generators consumed with break, zip, and manual next; fibonacci and primes.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
for n in naturals(5):
    if n > 8:
        break
    print(n, end=' ')
print()
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([f for _, f in zip(range(15), fib())])
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
p = primes()
print([next(p) for _ in range(12)])
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def cycle(xs):
    while True:
        yield from xs
print(take(7, cycle("ab")), take(0, naturals()), take(3, (x * x for x in naturals())))

# Checks float accumulation order effects and int/float loop results printed via repr.
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total)
rev = 0.0
for i in range(100, 0, -1):
    rev += 1 / i
print(rev, rev == total)
vals = [1e16, 1.0, -1e16]
print(sum(vals), sum(sorted(vals)), 1e16 + 1.0 - 1e16, 1.0 + 1e16 - 1e16)
print([i / 10 for i in range(11)])
print([i * 0.1 for i in range(11)])
x = 1.0
n = 0
while x + 1.0 != x:
    x *= 2.0
    n += 1
print(n, x)
eps = 1.0
while 1.0 + eps / 2 > 1.0:
    eps /= 2
print(eps)

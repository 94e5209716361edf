# Checks while loops with break, continue and the else clause (runs only without break).
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("else not reached")
print("after", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
while False:
    print("never")
else:
    print("else on false condition")
collatz, steps = 27, 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print("collatz steps", steps)
k = 10
while True:
    k -= 3
    if k < 0:
        break
print("k", k)

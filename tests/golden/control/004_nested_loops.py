# Checks nested loops: break only exits the inner loop, flags for outer exit, for-else in nested loops.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end=" | ")
    print("outer", i)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
table = []
for r in range(1, 4):
    row = []
    for c in range(1, 4):
        if c == r:
            continue
        row.append(r * c)
    table.append(row)
print(table)

# Checks interaction of return/continue/break inside loops with else clauses and nested functions.
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    else:
        return "none"
print(first_even([1, 3, 4, 6]), first_even([1, 3]), first_even([]))
def count_skips(xs):
    skipped = 0
    for x in xs:
        if x < 0:
            skipped += 1
            continue
    else:
        skipped += 100
    return skipped
print(count_skips([1, -1, -2, 3]))
def search(matrix, t):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == t:
                return (r, c)
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no")
print("end", i)

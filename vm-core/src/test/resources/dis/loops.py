def count(items, limit):
    total = 0
    for x in items:
        if x < 0:
            continue
        if x > limit:
            break
        total += x
    else:
        total = -total
    i = 0
    while i < limit and total:
        i += 1
        if i == 3:
            break
    else:
        i = None
    while True:
        i -= 1
        if not i:
            return total, i

# Checks comprehensions combining walrus, multiple ifs, else-expressions and side-effect ordering.
vals = [4, 7, 1, 12, 9]
print([(v, d) for v in vals if (d := v % 4) != 0], d)
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
order = []
def log(tag, v):
    order.append(f"{tag}{v}")
    return v
res = [log('e', x) for x in (log('i', i) for i in range(3)) if log('f', x) != 1]
print(res, order)
print(["fizzbuzz" if i % 15 == 0 else "fizz" if i % 3 == 0 else "buzz" if i % 5 == 0 else i for i in range(1, 16)])

data = [1, 2, 3, 4, 5, 6]
squares = [x * x for x in data if x % 2]
pairs = {x: y for x in data for y in range(x) if y > 1}
uniq = {x % 3 for x in data}
gen = (x + 1 for x in data)
total = sum(x for x in gen if x > 2)
nested = [[y for y in range(x)] for x in range(3)]
names = [name.upper() for name in ("a", "b") if name]
print(squares, pairs, uniq, total, nested, names)

# Checks nested lists as matrices: transpose, multiply, row/column sums, printing formatted rows.
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(len(m[0]))]
print(t)
print([list(r) for r in zip(*m)] == t)
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
p = matmul(m, t)
print(p)
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(t, [[1, 0], [0, 1]]), matmul(ident, ident) == ident)
for row in p:
    print(" ".join(f"{v:4d}" for v in row))
print([sum(r) for r in m], [sum(c) for c in zip(*m)], sum(map(sum, m)))
flat = [x for row in m for x in row]
print(flat, [flat[i:i + 2] for i in range(0, len(flat), 2)])
m[1][1] = 'X'
print(m, m[1], m[-1][-1])

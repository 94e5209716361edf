# Checks swaps, rotations, chained assignment (shared objects), and evaluation order in tuple assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
p = q = []
p.append(1)
print(p, q, p is q)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
lst = [0, 1, 2]
lst[0], lst[lst[0]] = 2, 'X'
print(lst)
a = b = c = 5
b += 1
print(a, b, c)
m, n = n, m = 1, 2
print(m, n)
fib = [0, 1]
for _ in range(8):
    fib[0], fib[1] = fib[1], fib[0] + fib[1]
print(fib)

# Checks basic int arithmetic: + - * / // % ** and unary ops, precedence.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, -(-a), ~a, ~-1, ~0)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 / 2, 7 / 7, 1 / 4, 2 ** -1, 2 ** -2, 0 ** 0)
print(1 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(type(10 / 2).__name__, type(10 // 2).__name__, type(2 ** -1).__name__)
x = 0
for i in range(1, 11):
    x += i * i
print("sum of squares", x)
print(True + True, True * 10, False - 1, True / 2, -True)
print(3 * True, 7 // True, True ** 5, type(True + 1).__name__)

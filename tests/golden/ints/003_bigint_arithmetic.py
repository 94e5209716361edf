# Checks arbitrary-precision ints well beyond 2**64: + - * // % ** and repr.
a = 2 ** 64
print(a, a - 1, a + 1, -a)
print(2 ** 100)
print(2 ** 63 - 1, -(2 ** 63), 2 ** 63, 2 ** 64 - 1)
print(a * a)
print(3 ** 80)
b = 123456789012345678901234567890
print(b * b)
print(b // 987654321, b % 987654321)
print(-b // 987654321, -b % 987654321)
print(b - b, b + -b, b * 0, type(b).__name__)
print((2 ** 200) // (2 ** 199), (2 ** 200) % (2 ** 100 + 1))
print(10 ** 30 + 1)
print(-(10 ** 25) * 10 ** 25)
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63, -2 ** 64 < -2 ** 63)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-10:])
print(int(9223372036854775807) + 1, -9223372036854775808 - 1)
print(abs(-2 ** 100), 2 ** 100 / 2 ** 98)

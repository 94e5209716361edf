# Checks & | ^ ~ << >> on positive, negative and big ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 >> 1, -1 >> 10, -1 << 4)
print(1 << 64, 1 << 100, (1 << 100) >> 98, -(1 << 70) >> 3)
print(-5 >> 1, -5 // 2, 5 >> 1, 5 >> 0, 0 << 100)
print((2 ** 70 - 1) & 0xFFFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70), ~(2 ** 70))
print(-(2 ** 70) & 0xFF, -(2 ** 70) & (2 ** 71 - 1))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
x = 0
for i in range(0, 16, 3):
    x |= 1 << i
print(x, bin(x))
x &= ~(1 << 6)
print(x, bin(x))
x ^= 0xFF
print(x, hex(x))
print(bin(255 >> 3), bin(-255 >> 3), 0xDEADBEEF >> 16)

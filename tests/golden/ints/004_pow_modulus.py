# Checks pow() with two and three arguments, negative exponents and modular inverse.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1))
print(pow(2, 100, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007))
print(pow(-3, 3), pow(-3, 3, 7), pow(3, 3, -7), pow(-2, 5, 9))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
print(pow(2, -1), pow(2, -3), pow(-2, -1), pow(0, 0))
print(pow(2.0, 3), pow(4, 0.5), pow(10, 2.0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 64, 2 ** 64 + 1), pow(10, 20, 2 ** 61 - 1))

# Checks comparisons between ints, floats and bools, including big ints and inf/nan.
print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 == -1.0, 0 == -0.0, True == 1, False == 0.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 10 ** 23 < 1e23)
print(2 ** 1000 < float('inf'), -2 ** 1000 > float('-inf'), 2 ** 1000 > 1e300)
nan = float('nan')
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, nan == nan, nan != nan)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True, 0 < 0.5 < 1 < 1.5)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max(True, 1), max(1, True))
print(sorted([3, 1.5, True, 2, 0.0, -1, False]))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(int(9007199254740993.0), float(9007199254740993))
for a, b in [(1, 1.0), (2, 3), (2.5, 2), (-0.0, 0)]:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)

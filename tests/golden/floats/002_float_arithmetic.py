# Checks float arithmetic incl. floor division/modulo with negatives and special values.
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 // -2)
print(5.0 // 0.3, 5.0 % 0.3, -0.0 % 1, 0.0 % -1, 3 % -0.5, 1e-300 % 1)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3), divmod(-1.0, 3))
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan + 1, nan * 0, nan == nan, nan is nan, inf == inf, -inf < inf)
print(0.0 == -0.0, -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0))
print(2.0 ** 0.5, 2 ** 0.5, (-8) ** (1/3) == (-8) ** (1/3), 10.0 ** -2, 0.0 ** 0)
print(1.0 - 0.9, 0.1 * 3, 1e308 * 10, 3.0 * 1.1, 100 * 1.1, 4.35 * 100)
print(sum([0.1] * 10), 0.1 * 10, 1.0 / 49 * 49)
x = 1.0
for i in range(5):
    x /= 3
print(x, x * 243)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised")  # message text is libc-dependent

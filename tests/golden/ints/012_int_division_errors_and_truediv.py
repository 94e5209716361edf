# Checks ZeroDivisionError messages, true division of big ints and division rounding.
cases = [('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0), ('1 / 0', lambda: 1 / 0),
         ('divmod(1, 0)', lambda: divmod(1, 0)), ('2 ** 100 // 0', lambda: 2 ** 100 // 0),
         ('1.0 / 0', lambda: 1.0 / 0), ('1 / 0.0', lambda: 1 / 0.0), ('1.0 // 0.0', lambda: 1.0 // 0.0),
         ('5 % 0.0', lambda: 5 % 0.0), ('divmod(1.0, 0)', lambda: divmod(1.0, 0))]
for expr, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)
print(10 ** 30 / 10 ** 10, 2 ** 100 / 3, 1 / 3, -1 / 3, 7 / -2)
print((10 ** 400) // (10 ** 399), (10 ** 400 + 7) % 10)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) / (10 ** 399), 1 / 2 ** 1100)
print(round(7 / 3, 5), 6 / 3, 2 ** 53 / 1, (2 ** 53 + 1) / 1)

# Checks round(): banker's rounding, ndigits positive/negative, representation effects.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(3.14159, 0), round(3.7), round(-3.7), round(1e20), round(0.1, 20))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, type(round(7, -1)).__name__)
print(round(5), round(-5, 2), round(123456789, -4), round(2 ** 70, -20))
print(round(1e300, -299), round(0.0), round(-0.0), round(-0.4), round(-0.0, 1))
for v in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55]:
    print(v, round(v, 1), end='; ')
print()
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))

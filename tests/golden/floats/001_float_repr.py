# Checks repr/str of many floats: shortest round-trip repr, exponent switch points, inf/nan/-0.0.
vals = [0.1, 1/3, 2/3, 1e16, 1e15, 1e-5, 1e-4, 1.5e300, 2.0, 1e22, 123456789012345678.0,
        0.0, -0.0, 1.0, -1.5, 100.0, 1e-7, 5e-324, 1.7976931348623157e308, 2.5e-10,
        9999999999999998.0, 0.30000000000000004, 1234.5678, 1e100, 3.14159, 1e21]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(0.1 + 0.2, 0.1 + 0.7, 1.1 * 3, 1e16, 1e15, 0.1 + 0.2 == 0.3)
print([0.1, 1e16, -0.0, float('inf')], (1.0,), {1.5: 2.5})
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1.0, 1e300 * 1e10, -1e300 * 1e10, 1e-320)

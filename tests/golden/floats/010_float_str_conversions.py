# Checks str()/repr() in containers, f-strings default, float() round-trip and int() truncation of floats.
vals = [0.1, 0.5, 1.25, 100.0, 1e-10, 6.02e23, 1.0e-320, 12.0, -7.25, 1e16, 0.000123]
print(vals)
print([str(v) for v in vals])
print([f"{v}" for v in vals])
print(all(float(repr(v)) == v for v in vals))
print([int(v) for v in vals])
print(f"{0.1!r} {0.1!s} {1e16!r} {1/3}")
print("%s %r %f %d" % (0.1, 0.1, 0.1, 3.99))
print(str(3.0), str(-3.0), str(3.0e0), 3., .5, 1_0.5, 1e0, 0e0)
print(float('0.1') == 0.1, float('.1e1'), float('1' * 20), float('9' * 30))
print(repr(2.0 ** 60), repr(2.0 ** 70), repr(2.0 ** -20), repr(10.0 ** 15), repr(10.0 ** 16))

# Checks math module: sqrt/floor/ceil/trunc/pi/e/gcd/lcm/factorial/isqrt/log variants/inf/nan/isclose/fsum/comb/perm.
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.floor(-2.5), math.ceil(-2.5), math.floor(2.5), math.ceil(2.1))
print(math.trunc(-2.7), math.trunc(2.7), type(math.floor(1.5)).__name__, math.floor(10 ** 20 + 0.0), math.ceil(5))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30 + 1), math.comb(10, 3), math.perm(5, 2))
print(math.log(1), math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.log(100, 10), math.exp(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fabs(-3), math.copysign(2, -0.0), math.hypot(3, 4), math.pow(2, 10))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi), 12), math.sin(0), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.isfinite(1e308), math.isfinite(math.inf), math.modf(3.75), math.modf(-3.75), math.fmod(-7, 3), -7 % 3)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.log(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)

# Checks import forms (import as, from-import, multi-import) and time functions compared but never printed.
import math as m
from math import sqrt, pi
import sys, math
import time
print(m.sqrt(81), sqrt(2) == math.sqrt(2), pi == m.pi, m is math, type(m).__name__, m.__name__)
print(len(sys.argv), math.floor is m.floor, sqrt is math.sqrt)
t1 = time.time()
p1 = time.perf_counter()
mo1 = time.monotonic()
total = sum(i * i for i in range(10000))
t2 = time.time()
p2 = time.perf_counter()
mo2 = time.monotonic()
print(total, t2 >= t1, p2 >= p1, mo2 >= mo1, t1 > 1_600_000_000)
print(isinstance(t1, float), isinstance(time.time_ns(), int), time.time_ns() > 0)
time.sleep(0.01)
print(time.monotonic() - mo1 >= 0.009)
from math import *
print(floor(2.7), ceil(2.1), gcd(9, 6))
try:
    from math import nonexistent
except ImportError as e:
    print("ImportError for name", repr(e.name), type(e).__name__)  # message text contains a path
try:
    m.nothing
except AttributeError as e:
    print("AttributeError:", e)

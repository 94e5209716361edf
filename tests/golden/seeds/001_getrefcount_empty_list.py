# Checks the seed example (002_*.txt): a = []; b = a; sys.getrefcount(a) prints 3 (a, b and the argument).
import sys
a = []
b = a
print(sys.getrefcount(a))
print(a is b, a == b, len(a))

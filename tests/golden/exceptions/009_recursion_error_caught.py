# Checks that infinite recursion raises RecursionError that can be caught, and the program continues.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
depth = count(0)
print(100 < depth < 200)
sys.setrecursionlimit(1000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))

# Checks sys.getrefcount on a list bound to a and b (3), version_info[:2], recursion limit, stdout/stderr objects.
import sys
a = []
b = a
print(sys.getrefcount(a))
print(sys.version_info[:2], sys.version_info[0] == 3, sys.version_info[:2] >= (3, 8))
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
sys.stdout.write("written via sys.stdout\n")
print(sys.stdout is not sys.stderr, hasattr(sys.stdout, 'write'))
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code of bare exit:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("code of text exit:", repr(e.code), e.args)

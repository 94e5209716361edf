# The launcher's AOT training run (JDK 25, JEP 483/514/515): after each build, ./gilvm runs
# this once with -XX:AOTCacheOutput so later runs start from a cache of loaded and linked
# classes and of method profiles. It should touch what typical programs touch: the compiler,
# the loop's common instructions, calls, classes, exceptions, generators, strings, containers.
import sys
import time


def count(n):
    i = 0
    while i < n:
        i += 1
    return i


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


def squares(n):
    for k in range(n):
        yield k * k


def work():
    total = Point(0, 0)
    for k in range(2000):
        total = total + Point(k, -k)
    words = {}
    for w in "the quick brown fox jumps over the lazy dog".split() * 50:
        words[w] = words.get(w, 0) + 1
    try:
        [][1]
    except IndexError as e:
        msg = str(e)
    data = sorted(set(squares(300)), reverse=True)[:5]
    text = "%s %d %.2f" % ("x", 3, 1.5) + "{:>4}".format(7)
    return total, sorted(words.items()), msg, data, text, [c.upper() for c in "abc"]


t0 = time.perf_counter()
for _ in range(3):
    count(2_000_000)
    result = work()
print(result, len(sys.argv), time.perf_counter() - t0 >= 0)

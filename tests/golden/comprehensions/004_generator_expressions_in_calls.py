# Checks generator expressions passed to sum/max/min/any/all/sorted/join/tuple, and laziness.
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), min(-x for x in range(5)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 0, 2]), ", ".join(str(i) for i in range(4)))
print(tuple(c for c in "hey"), sorted((x % 3, x) for x in range(6)), list(x for x in "") == [])
g = (x * 10 for x in range(3))
print(type(g).__name__, next(g), next(g), list(g), list(g))
seen = []
def track(v):
    seen.append(v)
    return v
print(any(track(x) > 1 for x in [0, 1, 2, 3, 4]), seen)
print(sum(1 for _ in range(1000)), dict((i, i * i) for i in range(3)), set(x % 2 for x in range(5)))

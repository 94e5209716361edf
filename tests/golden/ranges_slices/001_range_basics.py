# Checks range() with start/stop/step, negative steps, empty ranges, repr, len, indexing and slicing ranges.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -4)]:
    print(r, list(r), len(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-2]), r.start, r.stop, r.step)
print(r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 31 in r, -1 in range(-5, 0))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), list(range(10 ** 20, 10 ** 20 + 3)))
print(range(0, 10 ** 20, 7)[-1], range(10 ** 20)[-1], sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)

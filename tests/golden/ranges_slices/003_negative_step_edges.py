# Checks tricky slice bounds with negative steps and out-of-range indices on lists and strings.
a = list(range(6))
cases = [(None, None, -1), (None, 0, -1), (-1, None, -1), (0, None, -1), (10, None, -1), (None, -10, -1),
         (4, 1, -1), (1, 4, -1), (-2, -5, -1), (5, -7, -2), (100, -100, -3), (-100, 100, 3), (3, 3, 1), (None, None, 4)]
for st, sp, step in cases:
    print((st, sp, step), a[st:sp:step], "abcdef"[st:sp:step])
print(a[::-1][1:], a[-1:0:-1], a[len(a) - 1::-1], a[:-len(a) - 1:-1])

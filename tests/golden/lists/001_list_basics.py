# Checks list creation, indexing, negative indexing, len, repr of nested and empty lists, equality.
a = [1, 'two', 3.0, None, True, [5, 6], (7,), {'k': 8}]
print(a, len(a), a[0], a[-1], a[-3], a[5][1], a[-2][0])
print([], [[]], [[], []], list(), list('abc'), list(range(3)), list((1, 2)), list({'x': 1}))
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [1] == [1.0], [[1]] == [[True]])
b = [0] * 5
print(b, [1, 2] * 2, 2 * [3], [1] * 0, [1] * -3, [None] * 3)
print(len([]), len([[1, 2, 3]]), bool([]), bool([0]), [0] == [False])
for i in [5, -6]:
    try:
        [1, 2, 3, 4, 5][i]
    except IndexError as e:
        print("IndexError:", e)
key = "0"
try:
    [1, 2][key]
except TypeError as e:
    print("TypeError:", e)

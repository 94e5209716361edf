# Checks chained comparisons incl. single evaluation of middle operands and mixed operators.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0, 1 < 2 > 0, 5 > 3 == 3, 1 != 2 != 1)
x = 5
print(0 < x <= 5, 0 < x < 5, 2 <= x < 10 != x, x == 5 in [5], 'a' < 'b' < 'c' < 'd')
def mid(v):
    print("eval", v)
    return v
print(1 < mid(2) < 3)
print(5 < mid(1) < mid(10))
print(1 in [1, 2] in [[1, 2]], (1 in [1, 2]) in [True], x is not None is not False)
a, b, c = 1, 1, 2
print(a == b != c, a < b < c, a <= b < c, (a < b) < c)

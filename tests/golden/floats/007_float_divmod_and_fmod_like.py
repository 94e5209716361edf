# Checks divmod() on floats and the sign rules of % with mixed signs.
for a, b in [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.5, 0.2), (-0.5, 0.2), (1e20, 3.0), (5, 2.5), (-0.0, 3.0), (6.0, -3.0)]:
    q, r = divmod(a, b)
    print(a, b, q, r, a // b, a % b)
print(divmod(3.0, float('inf')), divmod(-3.0, float('inf')))
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(1.0 % float('inf'), -1.0 % float('inf'), 0.3 % 0.1, 10.0 % 0.1)

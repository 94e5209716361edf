# Checks divmod for int/float signs, pow with 2 and 3 args, abs of ints/floats/bools/-0.0.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (7.5, 2), (-7.5, 2), (10 ** 20, 7), (True, 2)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2, 0.5), pow(3, 4, 5), pow(-3, 4, 5), pow(3, -1, 11), pow(0, 0), pow(0.0, 0))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(2 ** 80)), abs(float('-inf')))
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod('a', 2)
except TypeError as e:
    print("TypeError:", e)
try:
    abs('x')
except TypeError as e:
    print("TypeError:", e)

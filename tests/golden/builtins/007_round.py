# Checks round() builtin: banker's rounding on .5 cases, ndigits None vs 0, negative ndigits on ints and floats.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994]])
print(round(2.675, 2), round(0.5, 0), round(-0.5, 0), round(1.25, 1), round(1.35, 1), round(5.5), round(6.5))
print(round(12345, -1), round(12355, -1), round(12345, -2), round(-12350, -2), round(99, -2), round(50, -2), round(150, -2))
print(round(12345.6789, -2), round(12345.6789, 1), round(0.1 + 0.2, 15), round(1e-10, 5), round(123.456, None))
print(type(round(1.5)), type(round(1.5, None)), type(round(1.5, 1)), type(round(3, 2)))
class R:
    def __round__(self, n=None):
        return f"rounded with {n}"
print(round(R()), round(R(), 3))
try:
    round('1.5')
except TypeError as e:
    print("TypeError:", e)

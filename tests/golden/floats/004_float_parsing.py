# Checks float() parsing: whitespace, signs, exponents, inf/nan spellings, underscores, errors.
for s in ['3.14', '  -2.5  ', '1e3', '1E-3', '.5', '5.', '-.5e1', '+1_000.5', 'inf', '-Infinity',
          'nan', 'NaN', '-nan', 'INF', '  infinity ', '1e500', '-1e500', '1e-400', '0x10' if False else '10',
          '00012.50', '1_2.3_4e1_0']:
    print(repr(s), float(s))
print(float(), float(7), float(-0), float(True), float(2 ** 80), float(10 ** 20))
for s in ['', 'abc', '1.2.3', '1e', 'e5', '1 2', '_1.0', '1_.0', '0x10', 'in f', '--1']:
    try:
        float(s)
        print(repr(s), 'parsed?!')
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)

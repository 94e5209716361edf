# Checks the format() builtin with many spec strings on ints, floats and strs.
specs_int = [',', '_', '>10', '<10', '^10', '+', 'x', 'X', 'b', 'o', '#x', '#o', '#b', '08', '+08', '=+8', 'e', '%', 'c', 'n', '']
for sp in specs_int:
    print(repr(sp), repr(format(1234 if sp != 'c' else 9731, sp)))
specs_float = ['+.3f', 'e', '.2e', '%', '.1%', ',', ',.2f', '_.1f', '>10.2f', '^12.3g', 'g', '.0f', '#.0f', '', '010.3f', '-^+11.2f']
for sp in specs_float:
    print(repr(sp), repr(format(-1234.5678, sp)), repr(format(0.000125, sp)))
print(repr(format('abc', '>6')), repr(format('abc', '.2')), repr(format('abc', '*^7.1')), repr(format('abc', '')), repr(format(None, '')))
for val, sp in [('abc', 'd'), (1.5, 'd'), (5, ',x'), ('s', '+'), (3, '.2d')]:
    try:
        format(val, sp)
    except ValueError as e:
        print("ValueError:", e)

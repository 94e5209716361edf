# Checks int() parsing: whitespace, signs, underscores, bases 0/2/8/16/36, errors.
print(int('42'), int('  42  '), int('\t-17\n'), int('+5'), int('-0'), int('007'))
print(int('1_000_000'), int('0x1f', 16), int('1f', 16), int('0X1F', 0), int('0b101', 0))
print(int('0o17', 0), int('17', 8), int('z', 36), int('ZZ', 36), int('101', 2), int('-ff', 16))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20), int(-0.5))
print(int('12345678901234567890123'), int(' -0b11 ', 0), int('0_0', 0))
print(int(), int('0'), int(0), int('10', base=3))
bad = ['', ' ', '4.5', '1 2', '0x', '1__0', '_1', '1_', '0b2', '08', 'abc', '++1']
for s in bad:
    try:
        int(s, 0 if s in ('08', '0x', '0b2') else 10)
        print(repr(s), "parsed?!")
    except ValueError as e:
        print("ValueError:", e)
for args in [('12', 1), ('12', 37)]:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)

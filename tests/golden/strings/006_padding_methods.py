# Checks center/ljust/rjust/zfill with fill chars, odd padding and short widths.
for w in [0, 3, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".center(w, '*')), repr("abc".ljust(w, '.')), repr("abc".rjust(w, '-')))
print("ab".center(5, '*'), "ab".center(6, '*'), "a".center(4, '*'), "abcd".center(7, '+'), "".center(3, 'x'))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "4".zfill(0), "-".zfill(3), "--1".zfill(5), "".zfill(2))
print("3.14".zfill(7), "-0.5".zfill(6), "1e5".zfill(5), "é".rjust(3, 'é'))
try:
    "x".center(5, 'ab')
except TypeError as e:
    print("TypeError:", e)

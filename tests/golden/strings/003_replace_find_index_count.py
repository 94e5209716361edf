# Checks replace (with count), find/rfind/index/rindex (with start/end), count incl. overlaps and empty.
s = "abracadabra"
print(s.replace('a', 'A'), s.replace('a', 'A', 2), s.replace('abra', ''), s.replace('', '-'), s.replace('', '.', 3))
print(s.replace('x', 'y'), "aaa".replace('aa', 'b'), s.replace('a', 'a' * 2, -1))
print(s.find('a'), s.find('a', 1), s.find('a', 1, 3), s.find('z'), s.rfind('a'), s.rfind('a', 0, 10), s.find(''), s.rfind(''))
print(s.find('bra', -4), s.find('', 20), s.find('', 11), s.index('c'), s.rindex('bra'), s.find('a', -100, 100))
print(s.count('a'), s.count('abra'), "aaaa".count('aa'), s.count(''), "".count(''), s.count('a', 3), s.count('a', 3, -1))
for f in (s.index, s.rindex):
    try:
        f('z')
    except ValueError as e:
        print("ValueError:", e)
print('ab' in s, 'ba' in s, '' in s, '' in '', 'A' in s, s.startswith('abr'), s.endswith('bra'))

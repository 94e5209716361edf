# Checks str.split/rsplit with and without sep and maxsplit, and str.join.
s = "  a  b   c  "
print(s.split(), s.split(' '), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c,".split(','), "a,b,,c,".split(',', 2), "a,b,,c,".rsplit(',', 2))
print("".split(), "".split(','), "   ".split(), ",".split(','), "abc".split('abc'))
print("a--b--c".split('--'), "a--b--c".rsplit('--', 1), "aaa".split('a'), "aaaa".split('aa'))
print("one two\tthree\nfour\r\nfive\x0bsix".split())
print("x".split('x', 0), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(' ', -1))
print("-".join(['a', 'b', 'c']), "".join([]), ", ".join("xyz"), "|".join(('1',)), "ab".join("123"))
print(" ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
try:
    "a b".split('')
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join(['a', 1, 'b'])
except TypeError as e:
    print("TypeError:", e)

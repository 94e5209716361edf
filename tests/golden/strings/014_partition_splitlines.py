# Checks partition/rpartition and splitlines with every line-boundary kind and keepends.
print("a=b=c".partition('='), "a=b=c".rpartition('='), "abc".partition('x'), "abc".rpartition('x'))
print("key: value".partition(': '), "".partition('x'), "xx".partition('x'), "=".rpartition('='))
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "\n".splitlines(), "".splitlines(), "a\r\n\r\nb".splitlines(keepends=True))
print("a\nb\n".split('\n'), "no newline".splitlines())
try:
    "abc".partition('')
except ValueError as e:
    print("ValueError:", e)

# Checks chr/ord across ASCII/Latin-1/BMP/astral ranges and hex/bin/oct of negatives and bools.
print([ord(c) for c in "Az09 ~"], [chr(i) for i in [72, 105, 0x263A, 0x1F600]], chr(0), repr(chr(127)), repr(chr(160)))
print(ord('\U0010ffff'), repr(chr(0x10FFFF)), ord('é'), ord(b'a'.decode()), ord(b'A'))
print(hex(0), hex(-1), hex(255), hex(True), bin(0), bin(-8), bin(True), oct(-64), oct(0))
print(''.join(chr(ord(c) + 1) for c in "HAL"), [hex(ord(c)) for c in "é€"])
for bad in [lambda: ord(''), lambda: ord('ab'), lambda: chr(1.0), lambda: hex(1.5), lambda: chr(2 ** 31)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

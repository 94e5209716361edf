# Checks bytes literals, repr escapes, indexing (ints), slicing, len, concatenation and repeat.
b = b'ab\x00\xff\n\t\'"\\'
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1][:3], type(b[0]).__name__)
print(b"", b"it's", b'say "x"', b'both \' "', bytes(3), bytes([65, 66, 200]), bytes(range(5)))
print(b"ab" + b"cd", b"ab" * 3, b"a" * 0, b"b" in b"abc", 98 in b"abc", b"" in b"x", list(b"AZ"))
print(bytes("é", "utf-8"), "é".encode(), b"\xc3\xa9".decode(), b"abc".decode("ascii"), bytes.fromhex("de ad be ef"), b"\x01\xab".hex())
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", b"a"[0] == ord("a"), b"%d-%s" % (5, b"x"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"ab" + "cd"
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

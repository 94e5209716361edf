# Checks iterating bytes (yields ints), conversions between bytes/list/str and int encoding.
data = b"Hi!\x80"
for x in data:
    print(x, hex(x), chr(x) if x < 128 else '?')
print(list(data), tuple(data[:2]), sum(data), max(data), sorted(data), bytes(reversed(data)))
print([b for b in b"abc" if b > 97], bytes(b + 1 for b in b"HAL"), bytes(b"abc"[i] for i in (2, 1, 0)))
print(str(b"x"), str(b"x", "ascii"), repr(bytes(2)), int.from_bytes(b"\x01\x00", "little"), (513).to_bytes(2, "big"))
print(b"abc".decode().upper().encode(), b"caf\xc3\xa9".decode("utf-8"), "café".encode("utf-8"), len("café".encode()))
print(b"a" < b"b", b"" < b"\x00", b"ab" > b"a", sorted([b"b", b"a", b"ab", b""]), b"abc"[1:2], b"abc"[1])
print(bytes.fromhex("48 69"), b"%s %r %x %c" % (b"bytes", b"r", 255, 65), b"%5s|%-5s|" % (b"ab", b"cd"))

# Checks ord/chr round trips, unicode escapes, len of non-BMP chars and encode/decode.
for ch in ['A', 'a', '0', ' ', '\n', 'é', '€', '中', '😀', '\x00', '\uffff']:
    print(repr(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch)
print(chr(65) + chr(0x263A) + chr(0x1F40D), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\101\u0041")
s = "héllo 世界 😀"
b = s.encode('utf-8')
print(len(s), len(b), b, b.decode('utf-8') == s)
print("abc".encode('ascii'), "é".encode('latin-1'), "é".encode('utf-16-le'), "€".encode())
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "é".encode('ascii')
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print([c for c in "a😀b"], "😀"[0] == "😀", "a😀b"[::-1])

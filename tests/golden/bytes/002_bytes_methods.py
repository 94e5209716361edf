# Checks bytes methods: split/join/strip/replace/find/count/startswith/upper/lower/isdigit/partition.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.split(), b.split(b","), b.upper(), b.lower(), b.swapcase())
print(b"-".join([b"a", b"b", b"c"]), b"a,b,,c".split(b","), b"a b c".rsplit(None, 1), b"x".join([]))
print(b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"", 2), b"banana".find(b"an"), b"banana".rfind(b"an"))
print(b"banana".count(b"a"), b"banana".index(b"n"), b"banana".startswith(b"ba"), b"banana".endswith((b"x", b"na")))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"Title Case".istitle(), b"\xe9".isalpha())
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"abc".center(7, b"*"), b"42".zfill(5))
print(b"line1\nline2\r\n".splitlines(), b"hello world".title(), b"abc".capitalize(), b"ab".ljust(4, b"."))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".removeprefix(b"he"), b"\x00\x01".hex(":"))

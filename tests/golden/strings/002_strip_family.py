# Checks strip/lstrip/rstrip with default whitespace and explicit char sets, removeprefix/removesuffix.
s = " \t\n hello world \r\n\x0c "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip('x'), "xyhiyx".strip('xy'), "abcba".strip('ab'), "hello".strip('leh'), "aaa".strip('a') == '')
print("www.example.com".lstrip('cmowz.'), "www.example.com".rstrip('cmowz.'), "mississippi".rstrip('ips'))
print(repr("  ".strip()), repr("".strip()), "\u3000wide\u3000".strip(), repr("\xa0nbsp\xa0".strip()))
print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "a.py".removesuffix(".py"), "a.py".removesuffix(".txt"))
print("--==--x--==--".strip('-='), "12345".strip('15'), "abc".strip(''), "abc".strip(None))

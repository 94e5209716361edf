# Checks repr() of strings: quote selection, escapes, control chars and non-ASCII printable chars.
tests = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\nx', 'cr\r', 'back\\slash',
         '\x00\x01\x1f\x7f', '\x80\x9f\xa0', 'é ü ñ 中文', '\u200b', '\U0001F600', '\ud800', '\t\n\r\x0b\x0c', '']
for t in tests:
    print(repr(t), len(t))
print(ascii('é中😀'), ascii("it's"), str('it\'s'), repr('it\'s'))
print(['a', "b'", 'c"'], ('x',), {'k': 'v\n'})
print("%r" % "q'", "{!r}".format('\\'), f"{chr(7)!r}")

# Checks upper/lower/title/capitalize/swapcase/casefold incl. apostrophes, digits and non-ASCII letters.
for s in ["hello world", "HELLO wORLD", "they're bill's friends", "42abc def-ghi", "ßtraße", "ǅemal", "éCOLE", "", "a1b2 c3"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep=' | ')
print("İ".lower() == "i̇", len("İ".lower()), "ﬁ".upper(), "Σ".lower(), "ΑΣ".lower())
print("hello".istitle(), "Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "123".islower())

# Checks isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable/isascii on edge cases.
cases = ["123", "12.3", "-1", "", " ", "\t\n", "abc", "abc1", "ABC", "aBc", "é", "²", "½", "٣", "Ⅷ", "_x1", "1x", "class", "a b", "\x7f", "😀", "ß"]
for c in cases:
    flags = [c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(),
             c.isidentifier(), c.isprintable(), c.isascii(), c.isupper(), c.islower()]
    print(f"{c!r:8}", ''.join('T' if f else '.' for f in flags))

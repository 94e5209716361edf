# Checks string literal forms: triple quotes, raw strings, adjacent concatenation, line continuation.
a = """line1
  line2
line3"""
print(a)
print(repr(a), len(a.splitlines()))
b = '''it's "both"'''
print(b, repr(b))
print(r"raw\n\t\\", len(r"\n"), r'\'', repr(r'C:\path\to'))
c = ("adjacent " "literal "
     "concatenation")
print(c)
d = "back\
slash"
print(d)
print('\101\x42\u0043', '\N{DIGIT ONE}', '\'' + "\"", "a\
b", '\\n')
e = """\
no leading newline\
"""
print(repr(e))
print(b"bytes" + b"", rb"\d+", f"{'f'}" r"{raw}")

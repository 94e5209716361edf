# Checks KeyError str/repr for various key types and how str(e) quotes the key.
d = {}
for key in ['name', 42, (1, 2), None, 1.5, '', "it's", 'a\nb', (), ('x',)]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), "|", repr(e), "|", e.args)
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))

# Checks that string operations return new values, string equality vs identity-free checks, hashing avoided.
s = "hello"
t = s
s += " world"
print(s, t, s is not t, t == "hello")
u = s.upper()
print(s, u)
parts = []
for word in ["a", "bb", "ccc"]:
    parts.append(word.center(5, '.'))
print(parts, "".join(parts))
d = {"key": 1}
k = "".join(["k", "e", "y"])
print(d[k], k == "key", k in d)
print(str.upper("abc"), str.join("-", ["x", "y"]), "ABC".lower is not None)
try:
    s.append("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)

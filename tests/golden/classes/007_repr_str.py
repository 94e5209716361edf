# Checks __repr__ vs __str__ usage by print, str(), repr(), f-strings with !r, containers (use repr) and format.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class OnlyStr:
    def __str__(self):
        return "only-str"
p = Point(1, 'a')
print(p, str(p), repr(p), [p], (p,), {'k': p}, f"{p} {p!r} {p!s}")
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")
print(OnlyStr(), "%s" % OnlyStr(), "{}".format(OnlyStr()), format(OnlyStr()))
print("%r and %s" % (p, p), "{0!r} {0}".format(p))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

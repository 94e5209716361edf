# Checks truth testing of custom objects via __bool__ and __len__, and in if/while/and/or/not.
class Zero:
    def __bool__(self):
        print("  __bool__ called")
        return False
    def __repr__(self):
        return "Zero()"
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __repr__(self):
        return f"Sized({self.n})"
class Plain:
    def __repr__(self):
        return "Plain()"
for obj in [Zero(), Sized(0), Sized(3), Plain()]:
    print(repr(obj), bool(obj), "yes" if obj else "no")
print(Zero() or "fallback", Sized(2) and "both", not Sized(0))
s = Sized(2)
while s:
    print("loop", s.n)
    s.n -= 1
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)

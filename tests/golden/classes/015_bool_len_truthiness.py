# Checks __bool__ precedence over __len__, __len__ fallback, and errors for negative/invalid __len__.
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Both()), len(Both()), bool(LenOnly(0)), bool(LenOnly(2)), not LenOnly(0))
try:
    len(LenOnly(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    bool(LenOnly(-1))
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
flags = [Flag(True), Flag(False), Flag(True)]
print(sum(1 for f in flags if f), any(flags), all(flags), [bool(f) for f in flags])
print(Flag(False) or 'fallback', (Flag(True) and 'second'))

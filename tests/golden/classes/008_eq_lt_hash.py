# Checks __eq__/__lt__/__hash__: equality, sorting, using objects as dict keys/set members, __eq__ disabling hash.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1), Version(1, 2)]
print(sorted(vs), max(vs), min(vs), vs[0] == vs[4], vs[0] is vs[4], vs[0] != vs[1])
print(len(set(vs)), {Version(1, 2): 'a'}[Version(1, 2)], Version(1) == (1,), Version(2) > Version(1))
try:
    Version(1) <= Version(2)
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None, EqOnly() == 5, EqOnly() != 5)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
d = Default()
print(d == d, d == Default(), d != Default(), hash(d) == hash(d))

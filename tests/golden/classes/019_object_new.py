# object.__new__ called directly and through super(): instances, and CPython's argument errors.
class Plain:
    pass

class Counted:
    made = 0
    def __new__(cls, *args, **kwargs):
        Counted.made += 1
        self = super().__new__(cls)
        self.args = args
        return self
    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs

class Sub(Counted):
    pass

p = object.__new__(Plain)
print(type(p).__name__, isinstance(p, Plain), type(object.__new__(object)).__name__)
c = Counted(1, 2, k=3)
s = Sub("x")
print(c.args, c.kwargs, s.args, type(s).__name__, Counted.made)
print(object.__new__ is Plain.__new__, Counted.__new__ is object.__new__)

class IntNew(int):
    def __new__(cls):
        return int.__new__(cls)

class IntSub(IntNew):
    pass

class PassesArgs:
    def __new__(cls, *args):
        return object.__new__(cls, *args)

for bad in (lambda: object.__new__(), lambda: object.__new__(1), lambda: object.__new__(int),
            lambda: object.__new__(Plain, 1), lambda: PassesArgs(1), lambda: object.__new__(Plain, x=1),
            lambda: object.__new__(ValueError), lambda: object.__new__(type('E', (KeyError,), {})),
            lambda: object.__new__(IntSub)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

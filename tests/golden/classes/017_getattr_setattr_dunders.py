# Checks getattr/setattr/hasattr/delattr, __getattr__ fallback, __setattr__ interception and __slots__.
class Dynamic:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:].upper()
        raise AttributeError(f"no {name!r} here")
d = Dynamic()
print(d.real, d.auto_hello, getattr(d, 'auto_x'), getattr(d, 'missing', 'default'), hasattr(d, 'missing'))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
setattr(d, 'added', [1])
print(d.added, vars(d))
delattr(d, 'added')
print(hasattr(d, 'added'))
class Logged:
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)
l = Logged()
l.a = 1
l.b = l.a + 1
print(l.a, l.b)
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
s = Slotted()
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)

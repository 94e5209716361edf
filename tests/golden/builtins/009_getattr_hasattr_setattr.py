# Checks getattr with default, hasattr swallowing only AttributeError, setattr with odd names, delattr errors.
class C:
    x = 1
    @property
    def boom(self):
        raise ValueError("property failed")
    @property
    def missing(self):
        raise AttributeError("computed missing")
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), getattr(C, 'x'), hasattr(c, 'x'), hasattr(c, 'missing'))
try:
    hasattr(c, 'boom')
except ValueError as e:
    print("ValueError propagates from hasattr:", e)
try:
    getattr(c, 'y')
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, 'missing', 'default used'))
setattr(c, 'with space', 5)
print(getattr(c, 'with space'), vars(c))
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(c, 'x')
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(1, 'a', 2)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([], 'append').__name__, getattr('abc', 'upper')(), getattr(5, 'real'))

# Checks id() equality semantics (only compared), object() instances, and identity of singletons and cached values.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), id(True) == id(1 == 1))
o1, o2 = object(), object()
print(o1 == o2, o1 is o2, o1 == o1, type(o1).__name__, isinstance(o1, object), hasattr(o1, '__dict__'))
try:
    o1.attr = 5
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, object.__bases__, type(object).__name__, [c.__name__ for c in bool.__mro__])
def f():
    return []
print(f() is not f(), f() == f())
x = (1, 2)
y = x
print(y is x, id(y) == id(x))

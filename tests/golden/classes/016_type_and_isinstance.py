# Checks type(), isinstance with tuples, issubclass, type() of builtins, __class__, __name__ and dynamic type().
class A: pass
class B(A): pass
b = B()
print(type(b).__name__, type(b) is B, type(b) == A, isinstance(b, A), isinstance(b, (int, A)), isinstance(b, ()))
print(issubclass(B, (int, A)), issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type))
print([type(v).__name__ for v in [1, 1.0, 'a', b'a', None, True, [], (), {}, set(), frozenset(), range(1), len, A]])
print(type(type).__name__, type(A).__name__, type(None).__name__, b.__class__.__name__, B.__class__.__name__)
Dyn = type('Dyn', (A,), {'x': 5, 'hello': lambda self: 'hi'})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, A), [c.__name__ for c in Dyn.__mro__])
try:
    isinstance(b, 'A')
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, isinstance(3, (float, int)))

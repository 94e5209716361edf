# Checks isinstance/issubclass with builtin types and tuples, callable on many objects, type() identities.
vals = [1, True, 1.0, 'a', b'a', [], (), {}, set(), None, len, int, lambda: 0]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object), callable(v))
print(issubclass(bool, (str, int)), issubclass(list, object), issubclass(type(None), object), type(int) is type)
print(type(1) == int, type(True) == int, type(1.0) is float, type('') is str, type([]) is list, type(len) is type(print))

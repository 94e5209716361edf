# Checks ImportError's name and path keywords and members, also for ModuleNotFoundError and subclasses.
e = ImportError("a", "b", name="n", path="p")
print(e, e.name, e.path, e.args, repr(e))
print(repr(ImportError().name), ImportError("m", name=3).name, ImportError("x").path)
e.name = "q"
e.path = "w"
print(e.name, e.path)
del e.name
print(e.name)


class E(ImportError):
    pass


class F(ImportError):
    def __init__(self, m):
        super().__init__(m, name="from-init")


print(E("x", name="y", path="p").name, F("mm").name, F("mm").path, F("mm").args)
try:
    raise ModuleNotFoundError("No module named 'zz'", name="zz")
except ImportError as x:
    print(type(x).__name__, x, x.name, x.path)
for make in (lambda: ImportError(name="a", bad=2), lambda: ModuleNotFoundError(bad=2), lambda: E(bad=2)):
    try:
        make()
    except TypeError as x:
        print("TypeError:", x)

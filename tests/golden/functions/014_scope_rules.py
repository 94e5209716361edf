# Checks LEGB scope resolution, class-body scope not visible in methods, comprehension scopes, builtins shadowing.
x = 'global'
def f():
    x = 'enclosing'
    def g():
        return x
    return g()
print(f())
class A:
    y = 'class attr'
    def method(self):
        try:
            return y
        except NameError as e:
            return 'NameError: ' + str(e)
    try:
        z = [y.upper() for _ in range(1)]
    except NameError as e:
        z = 'NameError: ' + str(e)
    w = [c.upper() for c in y[:3]]
print(A().method(), A.z, A.w)
def shadow_len():
    len = lambda s: 'shadowed'
    return len([1, 2])
print(shadow_len(), len([1, 2]))
i = 'outer i'
squares = [i * i for i in range(3)]
print(squares, i)
def uses_later():
    return later_defined()
def later_defined():
    return 'defined after use site'
print(uses_later())
def loops():
    for k in range(3):
        pass
    return k
print(loops())

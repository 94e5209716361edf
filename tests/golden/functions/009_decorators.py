# Checks decorators: simple wrappers, decorators with arguments, stacking order, and preserving attributes manually.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"ret {fn.__name__} -> {result}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(t):
    def deco(fn):
        return lambda: f"<{t}>{fn()}</{t}>"
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one() is None)

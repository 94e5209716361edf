# Checks function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, custom attributes.
def documented(a, b=1, *args, c=2, **kw):
    """Return nothing useful."""
    return None
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__qualname__, (lambda: 0).__qualname__)
class K:
    def method(self):
        pass
print(K.method.__qualname__, K.method.__name__, documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
documented.custom = 'attr'
print(documented.custom, hasattr(documented, 'custom'), getattr(documented, 'missing', 'dflt'))
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, callable(nodoc), type(nodoc).__name__)
print(documented.__code__.co_name, documented.__code__.co_varnames)

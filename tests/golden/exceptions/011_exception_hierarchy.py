# Checks the built-in exception hierarchy via issubclass and __mro__ names, and catching with BaseException.
names = [KeyError, IndexError, ZeroDivisionError, OverflowError, FileNotFoundError, UnboundLocalError,
         RecursionError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
         UnicodeDecodeError, ModuleNotFoundError, TimeoutError, AssertionError]
for cls in names:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
try:
    raise SystemExit(0)
except BaseException as e:
    print("caught SystemExit via BaseException:", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("KeyboardInterrupt needs BaseException:", repr(e))

# Checks __cause__, __context__ and __suppress_context__ for implicit chaining, raise from, and raise from None.
def explicit():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("converted") from e
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError("clean") from None
for fn in [explicit, implicit, suppressed]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress:", e.__suppress_context__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise ValueError("bad from") from 5
except TypeError as e:
    print("TypeError:", e)

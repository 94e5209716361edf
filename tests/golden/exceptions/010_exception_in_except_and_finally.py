# Checks exceptions raised inside except/finally blocks replace the original and keep it as __context__.
def in_except():
    try:
        raise ValueError("original")
    except ValueError:
        raise KeyError("replacement")
def in_finally():
    try:
        raise ValueError("original")
    finally:
        raise IndexError("from finally")
def finally_no_exc():
    try:
        return "ok"
    finally:
        raise RuntimeError("finally raises on return")
for fn in [in_except, in_finally, finally_no_exc]:
    try:
        fn()
    except Exception as e:
        ctx = e.__context__
        print(fn.__name__, repr(e), "context:", repr(ctx))
def handler_uses_var():
    try:
        1 / 0
    except ZeroDivisionError as err:
        try:
            raise TypeError("inner") from err
        except TypeError as t:
            return repr(t.__cause__), t.__cause__ is err
print(handler_uses_var())

# Checks exception attributes: args mutation, add_note/__notes__ (3.11), __traceback__ presence, exception equality.
e = ValueError("a", 1)
print(e.args, str(e))
e.args = ("changed",)
print(e.args, str(e), repr(e))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, type(caught.__traceback__).__name__)
err = KeyError("k")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
print(ValueError("x") == ValueError("x"), isinstance(ValueError(), Exception))
try:
    try:
        raise TypeError("inner")
    except TypeError as t:
        t.add_note("noted while handling")
        raise
except TypeError as t:
    print(t, t.__notes__)
ex = OSError(2, "No such file")
print(ex.errno, ex.strerror, ex.args, str(ex))
print(str(Exception()), repr(Exception()), repr(Exception("x", "y")), str(Exception("only")))

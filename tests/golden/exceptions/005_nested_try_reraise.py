# Checks bare raise re-raising the current exception, re-raise from nested handlers, and exception variable deletion.
def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 / n
def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    wrapper(0)
except ZeroDivisionError as e:
    print("outer got:", e)
print(wrapper(4))
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError:
            pass
        raise
except ValueError as e:
    print("re-raised the right one:", e)
e = "keep me?"
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    raise
except RuntimeError as err:
    print("RuntimeError:", err)

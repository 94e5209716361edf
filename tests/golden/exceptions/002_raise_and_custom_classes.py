# Checks raising built-in and custom exceptions, args, str() and repr() of exceptions with 0/1/2 args.
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
for exc in [AppError(), AppError("one"), AppError("a", 2), CodeError(404, "not found"), ValueError(), ValueError(3.5), Exception([1], {})]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise CodeError(500, "oops")
except AppError as e:
    print("caught as base:", e, e.code, isinstance(e, CodeError), isinstance(e, Exception))
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)

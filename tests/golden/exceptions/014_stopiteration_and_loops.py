# Checks StopIteration semantics: for loops swallow it, next() default, and StopIteration inside generators becomes RuntimeError.
it = iter([1])
print(next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
def bad_gen():
    yield 1
    raise StopIteration("oops")
try:
    print(list(bad_gen()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(Manual()), [x * 2 for x in Manual()], sum(Manual()))

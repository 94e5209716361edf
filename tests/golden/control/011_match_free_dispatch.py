# Checks dispatch via dicts of functions and if-chains, plus pass/ellipsis statements.
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {'+': add, '-': sub, '*': lambda a, b: a * b}
for expr in ["3 + 4", "10 - 7", "6 * 7", "2 ^ 3"]:
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        print(expr, "-> unsupported")
        continue
    print(expr, "->", fn(int(a), int(b)))
def noop():
    ...
class Empty:
    pass
print(noop(), Empty.__name__, ... is Ellipsis, repr(...))
for grade in [95, 85, 72, 50]:
    letter = ('A' if grade >= 90 else 'B' if grade >= 80 else 'C' if grade >= 70 else 'F')
    print(grade, letter)

# Checks functions as values: passing, returning, storing in containers, map/filter/sorted with functions.
def apply(f, *args):
    return f(*args)
def twice(f):
    return lambda x: f(f(x))
print(apply(max, 3, 9, 2), apply(str.upper, "abc"), twice(lambda x: x * 3)(2), twice(twice(lambda s: s + "!"))("hey"))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
val = "  Hello World  "
for step in pipeline:
    val = step(val)
print(val)
def reduce_(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 7), 1), reduce_(lambda a, b: b + a, "abc", ""))
print(list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3], [5, 2])), sorted(["b", "A", "c"], key=str.lower))
funcs = {"sq": lambda x: x ** 2, "neg": lambda x: -x, "abs": abs}
print({name: f(-3) for name, f in funcs.items()})
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a - b)(10)(3), callable(curry), callable(3))

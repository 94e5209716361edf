# Checks if/elif/else chains, truthiness of many values, nested ifs and pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in [-5, 0, 3, 10, 99]])
for v in [0, 1, -1, 0.0, '', 'a', [], [0], (), {}, None, set(), range(0), 2.5, -0.0, 1e-300]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        pass
if x:
    pass
elif x is None:
    print("unreachable")
print("done")

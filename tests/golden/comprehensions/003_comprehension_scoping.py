# Checks that comprehension variables do not leak, outer names are visible, and the first iterable is evaluated eagerly.
x = 'outer'
lst = [x for x in range(3)]
print(lst, x)
n = 10
print([n + i for i in range(3)])
def make():
    base = 100
    return [base + i for i in range(2)], {i: base for i in range(2)}
print(make())
data = [1, 2, 3]
gen = (v * 2 for v in data)
data = [10, 20]
print(list(gen))
ys = [1, 2]
gen2 = (a + b for a in [1, 2] for b in ys)
ys = [100]
print(list(gen2))
try:
    print(i)
except NameError as e:
    print("NameError:", e)
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])

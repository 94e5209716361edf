# Checks closures capturing variables, late binding, independent closure instances and __closure__ presence.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(outer()())
def make_acc():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = make_acc()
acc(1)
print(acc(2), len(acc.__closure__), make_multiplier(1).__closure__[0].cell_contents)
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])

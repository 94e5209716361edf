# Checks global and nonlocal declarations, shadowing, and UnboundLocalError message.
x = 'global x'
def read_global():
    return x
def shadow():
    x = 'local x'
    return x
def write_global():
    global x
    x = 'modified global'
print(read_global(), shadow(), x)
write_global()
print(x)
def outer():
    y = 1
    def middle():
        def inner():
            nonlocal y
            y += 10
        inner()
        return y
    r = middle()
    return r, y
print(outer())
def broken():
    print(x)
    x = 5
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def make_global():
    global created_later
    created_later = 42
make_global()
print(created_later)
counter = 0
def bump():
    global counter
    for _ in range(3):
        counter += 1
bump(); bump()
print(counter)

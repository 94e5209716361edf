# Checks an uncaught IndexError raised inside a generator consumed by a for loop in another function.
def pairs(seq):
    for i in range(0, len(seq), 2):
        yield seq[i], seq[i + 1]
def show(seq):
    for a, b in pairs(seq):
        print(a, "->", b)
show(['x', 1, 'y', 2, 'z'])

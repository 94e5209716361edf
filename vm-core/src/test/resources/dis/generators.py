def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield from range(received)
    return "done"

def delegate():
    result = yield from gen(3)
    return result

print(list(gen(3)), list(delegate()))

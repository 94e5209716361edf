# Checks generator.send(): priming with next/send(None), running averages, and send to unstarted generator error.
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(0), a.send(5))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)
try:
    averager().send(5)
except TypeError as err:
    print("TypeError:", err)
def acc():
    total = 0
    while True:
        total += yield total
g = acc(); next(g)
print([g.send(i) for i in range(1, 6)])

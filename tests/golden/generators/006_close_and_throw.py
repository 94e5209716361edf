# Checks generator.close() running finally blocks, GeneratorExit, and generator.throw() handling.
def worker():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
w = worker()
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print("caught", e)
            yield 'recovered'
c = catcher()
print(next(c), c.throw(ValueError('boom')), next(c))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 'refuse'
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def plain():
    yield 1
p = plain(); next(p)
try:
    p.throw(KeyError('k'))
except KeyError as e:
    print("propagated KeyError", e)
unstarted = worker()
unstarted.close()
print("unstarted closed without cleanup")

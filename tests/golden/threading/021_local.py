# threading.local: per-thread attributes, subclasses whose __init__ runs again in each thread.
import threading

data = threading.local()
data.x = "main"
seen = {}
def visit(key):
    seen[key] = [hasattr(data, "x"), sorted(data.__dict__)]
    data.x = key
    data.y = key * 2
    seen[key].append((data.x, data.y))
threads = [threading.Thread(target=visit, args=(k,)) for k in ("a", "b", "c")]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print(data.x, hasattr(data, "y"), data.__dict__)

class Counter(threading.local):
    inits = []
    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        Counter.inits.append(threading.current_thread().name)
    def bump(self):
        self.value += self.step
        return self.value
    @property
    def doubled(self):
        return self.value * 2

c = Counter(10, step=5)
results = {}
def use(name):
    results[name] = (c.bump(), c.bump(), c.doubled)
workers = [threading.Thread(target=use, args=("t%d" % i,), name="t%d" % i) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results.items()))
print(c.value, c.bump(), sorted(Counter.inits))

del data.x
print(hasattr(data, "x"))
print(type(data).__module__, type(data).__name__, isinstance(c, threading.local))
for bad in (lambda: threading.local(1), lambda: setattr(data, "__dict__", {}), lambda: delattr(data, "missing"),
            lambda: data.missing, lambda: c.missing, lambda: setattr(c, "__dict__", {})):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

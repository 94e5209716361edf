# Subclassing Thread: run() overridden, extra state, super().__init__ with keyword arguments.
import threading

class Summer(threading.Thread):
    def __init__(self, numbers, **kw):
        super().__init__(**kw)
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)

class Default(threading.Thread):
    pass

workers = [Summer(range(i * 10), name="summer-%d" % i) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.total) for w in workers])

s = Summer([1, 2, 3])
s.run()
print(s.name, s.total, s.is_alive())
d = Default()
d.start()
d.join()
print(d.name, isinstance(d, threading.Thread), d.is_alive())
print(repr(Summer([], daemon=True)))

class WithTarget(threading.Thread):
    def run(self):
        print("before")
        super().run()
        print("after")

w = WithTarget(target=print, args=("target", "ran"))
w.start()
w.join()

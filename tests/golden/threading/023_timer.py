# Timer: fires once after its interval unless cancelled; it is a Thread.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=["first"])
print(isinstance(t, threading.Thread), t.interval, t.is_alive())
t.start()
t.join()
print(fired, t.finished.is_set())

c = threading.Timer(30, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())

k = threading.Timer(0, lambda **kw: fired.append(sorted(kw)), kwargs={"b": 1, "a": 2})
k.start()
k.join()
print(fired)

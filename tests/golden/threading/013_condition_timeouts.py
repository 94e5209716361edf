# Condition.wait/wait_for with timeouts, and the errors for using a Condition without its lock.
import threading

c = threading.Condition()
with c:
    print(c.wait(0.01), c.wait(0), c.wait_for(lambda: False, timeout=0.01))
    print(c.wait_for(lambda: "truthy", timeout=0))
for method in (c.wait, c.notify, c.notify_all):
    try:
        method()
    except RuntimeError as e:
        print("RuntimeError:", e)

# The lock is held again after a timed-out wait, at the same depth for an RLock.
r = threading.RLock()
c2 = threading.Condition(r)
with c2:
    with c2:
        c2.wait(0.01)
        print(r._is_owned(), r._recursion_count())

# A plain Lock condition: wait releases it so another thread can take it meanwhile.
plain = threading.Condition(threading.Lock())
got = []
def taker():
    with plain:
        got.append("taken")
        plain.notify()
with plain:
    t = threading.Thread(target=taker)
    t.start()
    print(plain.wait_for(lambda: got, timeout=30), got)
t.join()
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at 0x"))

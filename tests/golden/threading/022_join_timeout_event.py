# join(timeout) on a thread blocked on an Event returns with the thread still alive; later it ends.
import threading

release = threading.Event()
log = []

def blocked():
    release.wait()
    log.append("released")

t = threading.Thread(target=blocked, name="blocked")
t.start()
t.join(0.05)
print("after join(0.05):", t.is_alive(), log)
t.join(timeout=0)
t.join(-1)
print("after join(0), join(-1):", t.is_alive())
print(repr(t).replace(str(t.ident), "IDENT"))
release.set()
t.join(timeout=30)
print("after set:", t.is_alive(), log)
print(repr(t).replace(str(t.ident), "IDENT"))

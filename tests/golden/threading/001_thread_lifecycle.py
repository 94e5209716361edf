# Thread lifecycle: repr before start, while running, after join; is_alive; ident and native_id.
import threading

gate = threading.Event()
seen = []

def worker(x):
    gate.wait()
    seen.append(x * 2)

def shown(t):
    return repr(t).replace(str(t.ident), "IDENT")

t = threading.Thread(target=worker, args=(21,))
print(shown(t), t.is_alive(), t.ident, t.native_id)
t.start()
print(shown(t), t.is_alive())
print(type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())
gate.set()
t.join()
print(shown(t), t.is_alive(), seen)
t.join()
t.join(0)
print("joined again:", t.is_alive())
print(t.ident is not None, t.native_id is not None)

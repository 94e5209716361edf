# Module-level helpers: idents, native ids, TIMEOUT_MAX, stack_size, settrace/setprofile storage.
import _thread
import threading

idents = []
natives = []
gate = threading.Barrier(4)
lock = threading.Lock()
def record():
    gate.wait()
    with lock:
        idents.append(threading.get_ident())
        natives.append(threading.get_native_id())
    gate.wait()
threads = [threading.Thread(target=record) for _ in range(3)]
for t in threads:
    t.start()
gate.wait()
gate.wait()
for t in threads:
    t.join()
print(len(set(idents)), len(set(natives)), threading.get_ident() not in idents)
print(sorted(idents) == sorted(t.ident for t in threads), sorted(natives) == sorted(t.native_id for t in threads))
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)
print(threading.stack_size())
print(threading.gettrace(), threading.getprofile())
def tracer(frame, event, arg):
    return tracer
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(sorted(n for n in threading.__all__ if not n[0].isupper())[:6])
print(threading.Lock is _thread.allocate_lock, callable(threading.RLock))

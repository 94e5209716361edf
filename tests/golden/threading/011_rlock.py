# threading.RLock: reentrancy, ownership checks, and release by a non-owner.
import threading

r = threading.RLock()
print(type(r).__name__, r._is_owned())
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

r.acquire()
errors = []
def other():
    errors.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print(errors)
r.release()

def recurse(n):
    with r:
        return 0 if n == 0 else n + recurse(n - 1)
print(recurse(50))
t = threading.Thread(target=lambda: print("other thread got it:", r.acquire(timeout=1)))
t.start()
t.join()

# BoundedSemaphore refuses to go above its initial value.
import threading

b = threading.BoundedSemaphore(2)
print(b.acquire(), b.acquire(), b.acquire(False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)
b.release(1)
print(b._value, isinstance(b, threading.Semaphore))
r = repr(b)
print(r[:r.index(" at ")], r[r.index(":"):])

pool = threading.BoundedSemaphore(3)
def use():
    for _ in range(200):
        with pool:
            pass
threads = [threading.Thread(target=use) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(pool._value)
try:
    pool.release()
except ValueError as e:
    print("after the threads:", e)

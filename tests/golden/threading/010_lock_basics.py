# threading.Lock: acquire/release, non-blocking and timed acquire, context manager, error texts.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for kwargs in ({"blocking": False, "timeout": 1}, {"timeout": -5}, {"timeout": 1e10}):
    try:
        lock.acquire(**kwargs)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(threading.TIMEOUT_MAX)
print(type(lock).__name__, type(lock).__module__)

# Any thread may release a plain lock.
held = threading.Lock()
held.acquire()
t = threading.Thread(target=held.release)
t.start()
t.join()
print("released by another thread:", held.locked())

# Mutual exclusion: increments under the lock are never lost.
total = 0
def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1
threads = [threading.Thread(target=add, args=(2000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)

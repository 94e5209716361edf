# A thread's timed acquire fails while another thread holds the lock and succeeds once it is free.
import threading

lock = threading.Lock()
rlock = threading.RLock()
outcome = []

def try_both():
    outcome.append(("lock", lock.acquire(timeout=0.02)))
    outcome.append(("rlock", rlock.acquire(timeout=0.02)))

lock.acquire()
rlock.acquire()
t = threading.Thread(target=try_both)
t.start()
t.join()
lock.release()
rlock.release()
t = threading.Thread(target=try_both)
t.start()
t.join()
print(outcome)
print(lock.locked())
lock.release()

# Condition: consumers wait for items, the producer notifies; wait_for and notify_all.
import threading

cond = threading.Condition()
items = []
consumed = []
done = False

def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items or done)
            if not items:
                return
            consumed.append(items.pop(0))

workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    done = True
    cond.notify_all()
for w in workers:
    w.join()
print(sorted(consumed) == list(range(30)), len(consumed))

# notify(n) wakes at most n waiters; the rest keep waiting.
ready = threading.Condition(threading.Lock())
woken = []
parked = threading.Semaphore(0)
def sleeper(i):
    with ready:
        parked.release()
        ready.wait()
        woken.append(i)
sleepers = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for s in sleepers:
    s.start()
for _ in sleepers:
    parked.acquire()
with ready:
    ready.notify(2)
    print("waiters left:", len(ready._waiters))
    ready.notify_all()
for s in sleepers:
    s.join()
print(sorted(woken))

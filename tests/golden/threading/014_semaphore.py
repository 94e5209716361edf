# Semaphore: bounded concurrency, non-blocking and timed acquire, release(n), error texts.
import threading

sem = threading.Semaphore(2)
state = {"inside": 0, "max": 0}
guard = threading.Lock()
go = threading.Event()

def limited():
    with sem:
        with guard:
            state["inside"] += 1
            state["max"] = max(state["max"], state["inside"])
        go.wait()
        with guard:
            state["inside"] -= 1

threads = [threading.Thread(target=limited) for _ in range(6)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print(1 <= state["max"] <= 2, state["inside"], sem._value)

s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01), s.acquire(blocking=False))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
r = repr(threading.Semaphore(4))
print(r[:r.index(" at ")], r[r.index(":"):])

# A waiter blocked in acquire() is woken by release() from another thread.
gate = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(gate.acquire()))
t.start()
gate.release()
t.join()
print(got)

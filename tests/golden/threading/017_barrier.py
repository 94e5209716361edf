# Barrier: indices, the action run once per trip, reuse, abort, reset and timeouts.
import threading

actions = []
b = threading.Barrier(4, action=lambda: actions.append("tripped"))
indices = []
lock = threading.Lock()

def party():
    for round in range(2):
        i = b.wait()
        with lock:
            indices.append((round, i))

threads = [threading.Thread(target=party) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices))
print(actions, b.parties, b.n_waiting, b.broken)

# A wait that times out breaks the barrier for everyone.
lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.01)
except threading.BrokenBarrierError as e:
    print("broken by timeout:", type(e).__name__, lonely.broken)
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print("still broken")
lonely.reset()
print("after reset:", lonely.broken)

# abort() wakes the waiters with BrokenBarrierError.
c = threading.Barrier(3)
outcomes = []
def stuck():
    try:
        c.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")
waiters = [threading.Thread(target=stuck) for _ in range(2)]
for w in waiters:
    w.start()
while c.n_waiting < 2:
    threading.Event().wait(0.001)
c.abort()
for w in waiters:
    w.join()
print(outcomes, c.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
r = repr(threading.Barrier(2))
print(r[:r.index(" at ")], r[r.index(":"):])

# Event: set/clear/is_set, wait with and without timeouts, many waiters released at once.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
r = repr(e)
print(r[:r.index(" at ")], r[r.index(":"):])

start = threading.Event()
arrived = []
lock = threading.Lock()
def waiter(i):
    ok = start.wait(30)
    with lock:
        arrived.append((i, ok))
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
start.set()
for t in threads:
    t.join()
print(sorted(arrived))

# Ping-pong between two threads with a pair of events.
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)

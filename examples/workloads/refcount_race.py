# Workload "refcount-race": the seeds' scenario. THREADS threads take and drop references to
# the same few objects in a tight loop: every `x = shared[i & 3]`, `y = x`, `z = y` changes
# the shared lists' reference counts. With plain counts and no lock two threads' updates
# interleave, a count reaches zero while the object is still in use, and it is freed under
# the other thread: under `unsafe-refcount` gilvm stops with a fatal "use after free". A GIL
# (CPython), atomic counts, or no counts at all (a tracing GC) keep it clean.
#   refcount_race.py [THREADS] [ITERATIONS]   (default 2 threads, 300000 iterations each)
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 2
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300_000
shared = [[i] for i in range(4)]


def work(n):
    for i in range(n):
        x = shared[i & 3]
        y = x
        z = y


threads = [threading.Thread(target=work, args=(N,)) for _ in range(T)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
intact = all(shared[i] == [i] for i in range(4))
print(f"RESULT seconds={wall:.4f} ops={N * T} clean={1 if intact else 0}")

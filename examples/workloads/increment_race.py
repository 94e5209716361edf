# Workload "increment-race": the seeds' `n += 1` program (100 threads, one increment each)
# and a loop version (THREADS threads, TOTAL increments between them). `n += 1` is four
# instructions (LOAD_GLOBAL, LOAD_CONST, BINARY_OP, STORE_GLOBAL); a thread switch between the
# load and the store loses an update. CPython 3.10+ switches only at backward jumps, function
# entry and calls, so the loop version loses nothing under its GIL; a GIL that may switch at
# every instruction (CPython <= 3.9) and no GIL at all lose updates.
#   increment_race.py [THREADS] [TOTAL]   (default 4 threads, 400000 increments)
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 4
N = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000

n = 0


def foo():
    global n
    n += 1


threads = []
for i in range(100):
    t = threading.Thread(target=foo)
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
seed_lost = 100 - n

n = 0


def loop(k):
    global n
    for _ in range(k):
        n += 1


each = N // T
threads = [threading.Thread(target=loop, args=(each,)) for _ in range(T)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
expected = each * T
print(f"RESULT seconds={wall:.4f} ops={expected} expected={expected} got={n} lost={expected - n} "
      f"seed_expected=100 seed_lost={seed_lost}")

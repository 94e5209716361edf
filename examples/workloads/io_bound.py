# Workload "io-bound": TOTAL blocking operations (a 5 ms sleep, then reading a file) split over
# THREADS threads. The claim: threads that mostly wait speed up under every design, a GIL
# included, because a thread gives the GIL up while it blocks.
#   io_bound.py [THREADS] [TOTAL]         (default 80 operations)
# Warm-up as in cpu_bound.py (warmup.py): the first open() and read() of a fresh JVM run
# interpreted Java code, and two threads doing that at once under a GIL queue for it, which
# the timed part would count as a failure to overlap the sleeps.
import sys
import threading
import time

from warmup import warm_up

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 80
PATH = __file__
read = [0] * T


def work(k, n):
    for _ in range(n):
        time.sleep(0.005)
        with open(PATH) as f:
            read[k] += len(f.read())


def run(total):
    threads = [threading.Thread(target=work, args=(k, total // T)) for k in range(T)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


rounds = warm_up(run, max(T, N // 4))
timed_from = time.time()
read = [0] * T
t0 = time.perf_counter()
c0 = time.process_time()
run(N)
wall = time.perf_counter() - t0
cpu = time.process_time() - c0
ops = N // T * T
print(f"RESULT seconds={wall:.4f} cpu_seconds={cpu:.4f} ops={ops} throughput={ops / wall:.1f} bytes={sum(read)} "
      f"timed_from={timed_from:.6f} warmup_rounds={rounds}")

# Workload "io-bound": TOTAL blocking operations (a 5 ms sleep, then reading a file) split over
# THREADS threads. The claim: threads that mostly wait speed up under every design, a GIL
# included, because a thread gives the GIL up while it blocks.
#   io_bound.py [THREADS] [TOTAL]         (default 80 operations)
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 80
PATH = __file__
read = [0] * T


def work(k, n):
    for _ in range(n):
        time.sleep(0.005)
        with open(PATH) as f:
            read[k] += len(f.read())


threads = [threading.Thread(target=work, args=(k, N // T)) for k in range(T)]
t0 = time.perf_counter()
c0 = time.process_time()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
cpu = time.process_time() - c0
ops = N // T * T
print(f"RESULT seconds={wall:.4f} cpu_seconds={cpu:.4f} ops={ops} throughput={ops / wall:.1f} bytes={sum(read)}")

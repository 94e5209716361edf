# Workload "cpu-bound": the seeds' count loop, its total work split over THREADS threads.
# The claim: under a GIL, CPU-bound threads do not finish sooner than one thread; without a
# GIL they do. Runs unchanged under python3.
#   cpu_bound.py [THREADS] [TOTAL]        (TOTAL increments, default 2*10^7)
# Last line: RESULT key=value ... (read by `gilvm experiment`).
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000_000


def count(n):
    i = 0
    while i < n:
        i += 1


threads = [threading.Thread(target=count, args=(N // T,)) for _ in range(T)]
t0 = time.perf_counter()
c0 = time.process_time()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
cpu = time.process_time() - c0
print(f"RESULT seconds={wall:.4f} cpu_seconds={cpu:.4f} ops={N // T * T} throughput={N // T * T / wall:.0f}")

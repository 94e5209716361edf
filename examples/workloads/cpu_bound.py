# Workload "cpu-bound": the seeds' count loop, its total work split over THREADS threads.
# The claim: under a GIL, CPU-bound threads do not finish sooner than one thread; without a
# GIL they do. Runs unchanged under python3.
#   cpu_bound.py [THREADS] [TOTAL]        (TOTAL increments, default 2*10^7)
# Last line: RESULT key=value ... (read by `gilvm experiment`).
# Warm-up: the threaded part runs untimed on a quarter of the work until its time settles
# (warmup.py: at least 3 rounds, at most 8), so that the timed part measures the design rather
# than the JIT compiling the eval loop. CPython runs it too; warmup_rounds says how many ran.
# timed_from (time.time() when the timed part began) lets the experiment leave the warm-up's
# threads out of the run's JFR figures.
import sys
import threading
import time

from warmup import warm_up

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000_000


def count(n):
    i = 0
    while i < n:
        i += 1


def run(total):
    threads = [threading.Thread(target=count, args=(total // T,)) for _ in range(T)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


rounds = warm_up(run, N // 4)
timed_from = time.time()
t0 = time.perf_counter()
c0 = time.process_time()
run(N)
wall = time.perf_counter() - t0
cpu = time.process_time() - c0
print(f"RESULT seconds={wall:.4f} cpu_seconds={cpu:.4f} ops={N // T * T} throughput={N // T * T / wall:.0f} "
      f"timed_from={timed_from:.6f} warmup_rounds={rounds}")

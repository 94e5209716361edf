# Workload "shared-read": every thread reads one shared global list and one shared attribute
# in a tight loop, and does nothing else. Nothing is written, yet with per-object atomic
# reference counts every read is an atomic write to the same object's count: the threads'
# cores fight over one cache line (the wall free-threaded CPython users report, which 3.13t
# answers with deferred and biased counting). A tracing GC keeps no counts and scales.
#   shared_read.py [THREADS] [TOTAL]      (default 4*10^6 reads in all)
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
N = int(sys.argv[2]) if len(sys.argv) > 2 else 4_000_000


class Config:
    pass


table = [1, 2, 3, 4]
config = Config()
config.limits = [5, 6, 7]
sums = [0] * T


def reader(k, n):
    s = 0
    for _ in range(n):
        s += len(table) + len(config.limits)
    sums[k] = s


def run(total):
    threads = [threading.Thread(target=reader, args=(k, total // T)) for k in range(T)]
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
ops = N // T * T
ok = sum(sums) == ops * 7
print(f"RESULT seconds={wall:.4f} cpu_seconds={cpu:.4f} ops={ops} throughput={ops / wall:.0f} correct={1 if ok else 0} "
      f"timed_from={timed_from:.6f} warmup_rounds={rounds}")

# Workload "multiprocessing": the seeds' other advice. The count loop's TOTAL increments split
# over PROCESSES worker processes with multiprocessing.Pool.map. Each process has its own
# interpreter and so its own GIL (under gilvm: an isolated interpreter in the same JVM, with
# its own strategy instance); arguments and results are copied, never shared.
#   multiprocessing_pool.py [PROCESSES] [TOTAL]   (default 2*10^7)
# Warm-up: the pool maps a quarter of the work, untimed, until its time settles (warmup.py),
# which also starts the workers (a spawn re-runs this script in each). timed_from and
# warmup_rounds as in cpu_bound.py.
import multiprocessing
import sys
import time

from warmup import warm_up


def count(n):
    i = 0
    while i < n:
        i += 1
    return i


if __name__ == "__main__":
    P = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    N = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000_000
    with multiprocessing.Pool(P) as pool:
        rounds = warm_up(lambda work: pool.map(count, [work // P] * P), N // 4)
        timed_from = time.time()
        t0 = time.perf_counter()
        done = sum(pool.map(count, [N // P] * P))
        wall = time.perf_counter() - t0
    print(f"RESULT seconds={wall:.4f} ops={done} throughput={done / wall:.0f} processes={P} timed_from={timed_from:.6f} "
          f"warmup_rounds={rounds}")

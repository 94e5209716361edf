# The seeds' CPU-bound claim as a benchmark: the count loop's total work (N increments,
# default 2*10^7) split over T threads (argv[1]). Prints the wall time of the timed part.
# Runs unchanged under python3 and under every gilvm strategy.
#
# Warm-up: the same threaded run, on a quarter of the work, runs W times first (argv[3],
# default 1) and is not timed. Under gilvm that is the JIT's warm-up: the first time a thread
# leaves the loop, or first takes a drop request, HotSpot throws away the eval loop's
# compiled code (an "unstable if" trap) and every thread runs slow code until the
# recompilation finishes, about 0.2 s on two busy cores. Untimed, that one-off cost makes
# T=2 look up to 40% slower than T=1 under every design, which is the JIT, not the design.
# CPython has no JIT; it runs the warm-up too, and it changes nothing there.
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000_000
W = int(sys.argv[3]) if len(sys.argv) > 3 else 1


def count(n):
    i = 0
    while i < n:
        i += 1


def run(total):
    threads = [threading.Thread(target=count, args=(total // T,)) for _ in range(T)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


for _ in range(W):
    run(N // 4)
print(f"{run(N):.3f}")

# The seeds' CPU-bound claim as a benchmark: the count loop's total work (N increments,
# default 2*10^7) split over T threads (argv[1]). Prints the wall time of the threaded part.
# Runs unchanged under python3 and under every gilvm strategy.
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
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{time.perf_counter() - t0:.3f}")

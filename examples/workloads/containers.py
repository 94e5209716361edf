# Workload "containers": THREADS threads append to one shared list and store distinct keys in
# one shared dict. A GIL makes each append and store atomic; without one, gilvm's
# `atomic-refcount` and `tracing` lock each container (PEP 703's per-object locks), so nothing
# is lost either; `unsafe-refcount` has no guard and may lose items or crash.
#   containers.py [THREADS] [TOTAL]       (default 400000 appends and as many stores)
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000
items = []
table = {}


def work(k, n):
    base = k * n
    for i in range(n):
        items.append(i)
        table[base + i] = i


each = N // T
threads = [threading.Thread(target=work, args=(k, each)) for k in range(T)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
expected = each * T
lost = (expected - len(items)) + (expected - len(table))
print(f"RESULT seconds={wall:.4f} ops={2 * expected} throughput={2 * expected / wall:.0f} "
      f"expected={expected} list_len={len(items)} dict_len={len(table)} lost={lost}")

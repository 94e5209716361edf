# Workload "native-release": the seeds' advice "move the hot loop into a C extension". TOTAL
# SHA-256 digests of a 1 MB buffer, split over THREADS threads. hashlib's C code releases the
# GIL while it hashes more than 2 KB (CPython's Modules/_hashopenssl.c; gilvm does the same
# around its Java digest), so these threads run in parallel even under a GIL.
#   native_release.py [THREADS] [TOTAL]   (default 96 digests)
# Warm-up: the threaded part runs untimed on a quarter of the work until its time settles
# (warmup.py: at least 3 rounds, at most 8), so that the timed part measures the design rather
# than the JIT compiling the eval loop. CPython runs it too; warmup_rounds says how many ran.
# timed_from (time.time() when the timed part began) lets the experiment leave the warm-up's
# threads out of the run's JFR figures.
import hashlib
import sys
import threading
import time

from warmup import warm_up

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 96
DATA = bytes(range(256)) * 4096
digests = [None] * T


def work(k, n):
    d = None
    for _ in range(n):
        d = hashlib.sha256(DATA).hexdigest()
    digests[k] = d


each = N // T


def run(n):
    threads = [threading.Thread(target=work, args=(k, n)) for k in range(T)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


rounds = warm_up(run, max(1, each // 4))
timed_from = time.time()
t0 = time.perf_counter()
c0 = time.process_time()
run(each)
wall = time.perf_counter() - t0
cpu = time.process_time() - c0
ok = len(set(digests)) == 1
print(f"RESULT seconds={wall:.4f} cpu_seconds={cpu:.4f} ops={each * T} throughput={each * T / wall:.1f} "
      f"megabytes={each * T * len(DATA) / 1e6:.0f} consistent={1 if ok else 0} timed_from={timed_from:.6f} "
      f"warmup_rounds={rounds}")

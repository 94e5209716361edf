# Shared by the timing workloads (cpu_bound, io_bound, shared_read, native_release,
# multiprocessing_pool): runs their threaded part untimed until its time has settled, so that
# the timed part measures the design and not a JIT compiling the eval loop.
#
# Under gilvm (a JVM) the first rounds are slow, and not only the first: the first time a
# thread leaves the loop, HotSpot throws the eval loop's compiled code away and compiles it
# again, on cores the Python threads are using. From the third round or so each round takes
# the same time. Under CPython the rounds agree from the start, and the minimum is run.
import time

MIN_ROUNDS = 3
MAX_ROUNDS = 8
AGREE = 0.15


def warm_up(run, work):
    """Calls run(work) until two rounds in a row take times within 15% of each other (at
    least MIN_ROUNDS, at most MAX_ROUNDS rounds); returns the number of rounds run."""
    last = None
    for n in range(1, MAX_ROUNDS + 1):
        t0 = time.perf_counter()
        run(work)
        took = time.perf_counter() - t0
        if n >= MIN_ROUNDS and last is not None and abs(took - last) <= AGREE * last:
            return n
        last = took
    return MAX_ROUNDS

# The seeds' count loop (000_*.txt, "GIL 的影响"), single-threaded: the interpreter's raw speed on
# a compare, an add and a backward jump. Prints the loop's own time so start-up can be told apart.
import time


def count():
    i = 0
    while i < 20000000:
        i += 1
    return i


t0 = time.perf_counter()
n = count()
t1 = time.perf_counter()
print(n, f"{t1 - t0:.3f}")

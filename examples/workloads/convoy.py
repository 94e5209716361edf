# Workload "convoy": CPython's ccbench latency test. One thread sleeps 1 ms in a loop and
# records how late it wakes, while CPU_THREADS threads run a count loop. Under a GIL the
# sleeper must win the GIL back from a CPU-bound holder after every sleep, so it wakes late
# by up to a switch interval (5 ms); without a GIL it is late only by the OS's scheduling.
#   convoy.py [CPU_THREADS] [SAMPLES]     (default 300 samples)
# Prints the latencies (ms) on a SAMPLES line, for the report's distribution chart.
import sys
import threading
import time

K = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SAMPLES = int(sys.argv[2]) if len(sys.argv) > 2 else 300
running = [True]
late = []


def spin():
    i = 0
    while running[0]:
        i += 1


def sleeper():
    for _ in range(SAMPLES):
        t = time.perf_counter()
        time.sleep(0.001)
        late.append((time.perf_counter() - t - 0.001) * 1000.0)


spinners = [threading.Thread(target=spin) for _ in range(K)]
for t in spinners:
    t.start()
t0 = time.perf_counter()
s = threading.Thread(target=sleeper)
s.start()
s.join()
wall = time.perf_counter() - t0
running[0] = False
for t in spinners:
    t.join()
late.sort()


def pct(p):
    return late[min(len(late) - 1, int(p / 100.0 * len(late)))]


print("SAMPLES latency_ms " + " ".join(f"{x:.3f}" for x in late))
print(f"RESULT seconds={wall:.4f} p50_ms={pct(50):.3f} p90_ms={pct(90):.3f} p99_ms={pct(99):.3f} "
      f"max_ms={late[-1]:.3f} mean_ms={sum(late) / len(late):.3f}")

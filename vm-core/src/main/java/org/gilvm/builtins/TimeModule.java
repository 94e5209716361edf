package org.gilvm.builtins;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;

/**
 * The {@code time} module's clocks and {@code sleep}. Seconds are computed from integer
 * nanoseconds as CPython's {@code _PyTime_AsSecondsDouble} does, so {@code time()} and
 * {@code time_ns()} agree. {@code monotonic}/{@code perf_counter} use {@link System#nanoTime},
 * which is CLOCK_MONOTONIC on Linux, the clock CPython uses for both.
 */
@ExposedModule(name = "time")
public final class TimeModule {
    private TimeModule() {}

    private static final long NS_PER_SEC = 1_000_000_000L;

    private static double seconds(long ns) {
        return ns % NS_PER_SEC == 0 ? (double) (ns / NS_PER_SEC) : ns / 1e9;
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * NS_PER_SEC + now.getNano();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @ExposedFunction
    static double time() {
        return seconds(wallNanos());
    }

    @ExposedFunction(name = "time_ns")
    static long timeNs() {
        return wallNanos();
    }

    @ExposedFunction(name = "perf_counter")
    static double perfCounter() {
        return seconds(System.nanoTime());
    }

    @ExposedFunction(name = "perf_counter_ns")
    static long perfCounterNs() {
        return System.nanoTime();
    }

    @ExposedFunction
    static double monotonic() {
        return seconds(System.nanoTime());
    }

    @ExposedFunction(name = "monotonic_ns")
    static long monotonicNs() {
        return System.nanoTime();
    }

    @ExposedFunction(name = "process_time")
    static double processTime() {
        return seconds(processCpuNanos());
    }

    @ExposedFunction(name = "process_time_ns")
    static long processTimeNs() {
        return processCpuNanos();
    }

    @ExposedFunction(name = "thread_time")
    static double threadTime() {
        return seconds(threadCpuNanos());
    }

    @ExposedFunction(name = "thread_time_ns")
    static long threadTimeNs() {
        return threadCpuNanos();
    }

    /** {@code time.sleep(secs)}: an int or float number of seconds. */
    @ExposedFunction
    static void sleep(ThreadState ts, PyObject secs) {
        long ns = toNanos(ts, secs);
        if (ns < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        try (ThreadState unlocked = ts.blocking()) {
            sleepNanos(ns);
        }
        if (Thread.currentThread().isInterrupted()) {
            // Woken by Ctrl-C: raise KeyboardInterrupt now, as CPython's sleep does (PEP 475).
            ts.afterInterrupt();
        }
    }

    /** CPython's _PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT (away from zero). */
    private static long toNanos(ThreadState ts, PyObject secs) {
        if (secs instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double ns = d * 1e9;
            ns = ns >= 0 ? Math.ceil(ns) : Math.floor(ns);
            if (!(ns >= -9.223372036854775808e18 && ns < 9.223372036854775808e18)) {
                throw tooLarge();
            }
            return (long) ns;
        }
        PyInt i = Abstract.index(ts, secs);
        try {
            if (!i.isSmall()) {
                throw tooLarge();
            }
            return Math.multiplyExact(i.value, NS_PER_SEC);
        } catch (ArithmeticException e) {
            throw tooLarge();
        } finally {
            ts.decref(i);
        }
    }

    private static RuntimeException tooLarge() {
        return Errors.overflowError("timestamp too large to convert to C _PyTime_t");
    }

    /**
     * The one place this thread blocks in {@code time.sleep}, so a GIL-releasing wrapper can
     * go around it. An interrupt ends the sleep early and stays set for the interpreter to
     * notice.
     */
    private static void sleepNanos(long ns) {
        try {
            Thread.sleep(Duration.ofNanos(ns));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.gilvm.strategies.gil;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clocks the GIL's figures are measured with: wall time for waits and tenures, and the
 * waiting thread's own CPU time for the wasted time slice (CPU a thread burns while it cannot
 * run Python code). Read only on the slow paths, where the GIL is contended.
 */
final class GilClock {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();

    long now() {
        return System.nanoTime();
    }

    /** The calling thread's CPU time in nanoseconds, or 0 where the JVM cannot tell. */
    long threadCpu() {
        return cpuTime ? threads.getCurrentThreadCpuTime() : 0;
    }
}

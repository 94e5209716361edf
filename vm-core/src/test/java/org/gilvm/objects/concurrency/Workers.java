package org.gilvm.objects.concurrency;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.ThreadState;

/**
 * Runs one body per Java thread, each with its own {@link ThreadState}, all released at the
 * same moment, and collects what they threw. A thread still running after the time limit
 * fails the test (a deadlock, or a loop in a corrupted table); threads are daemons so such a
 * failure cannot keep the JVM alive.
 */
final class Workers {
    private Workers() {}

    /** Far above what any workload here needs on a loaded 2-core machine. */
    private static final long LIMIT_SECONDS = 120;

    interface Body {
        void run(ThreadState ts, int id) throws Exception;
    }

    static List<Throwable> run(Interpreter interp, int n, Body body) {
        CyclicBarrier start = new CyclicBarrier(n);
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        Thread[] threads = new Thread[n];
        for (int i = 0; i < n; i++) {
            int id = i;
            threads[i] = new Thread(null, () -> {
                ThreadState ts = new ThreadState(interp);
                try {
                    start.await();
                    body.run(ts, id);
                } catch (Throwable e) {
                    thrown.add(e);
                }
            }, "worker-" + i, 64L << 20);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            if (t.isAlive()) {
                fail(t.getName() + " still running after " + LIMIT_SECONDS + " s");
            }
        }
        return thrown;
    }

    /** Runs the workers and fails with the first exception any of them threw. */
    static void runClean(Interpreter interp, int n, Body body) {
        List<Throwable> thrown = run(interp, n, body);
        if (!thrown.isEmpty()) {
            AssertionError e = new AssertionError(thrown.size() + " worker(s) failed", thrown.get(0));
            thrown.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }
}

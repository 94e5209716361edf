package org.gilvm.subinterp;

import org.gilvm.interp.ThreadState;

/**
 * Waiting with the GIL released, as CPython's {@code Py_BEGIN_ALLOW_THREADS} waits do: an
 * interrupt (Ctrl-C reaching the main thread, or the interpreter being stopped) ends the
 * wait, the GIL is taken back, pending signal handlers run (raising KeyboardInterrupt), and
 * otherwise the wait resumes with what is left of the timeout (PEP 475).
 */
final class Waits {
    private Waits() {}

    /** One attempt at the wait, for at most {@code nanos} (negative: no limit). */
    interface Attempt<T> {
        T run(long nanos) throws InterruptedException;
    }

    /** Runs {@code attempt} until it returns without being interrupted; the GIL is released meanwhile. */
    static <T> T await(ThreadState ts, long timeoutNanos, Attempt<T> attempt) {
        long deadline = timeoutNanos < 0 ? 0 : System.nanoTime() + timeoutNanos;
        long left = timeoutNanos;
        for (;;) {
            try (ThreadState unlocked = ts.blocking()) {
                return attempt.run(left);
            } catch (InterruptedException e) {
                ts.afterInterrupt();
            }
            if (timeoutNanos >= 0) {
                left = Math.max(0, deadline - System.nanoTime());
            }
        }
    }
}

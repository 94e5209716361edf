package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Waiting for a {@link BinaryLock} as CPython's {@code acquire_timed} does: the caller has
 * already failed a non-blocking try; the wait happens with the GIL released; an interrupt
 * (Ctrl-C reaching the main thread) ends the wait, the GIL is taken back, pending signal
 * handlers run (raising KeyboardInterrupt), and otherwise the wait resumes with what is
 * left of the timeout (PEP 475).
 */
final class LockWaits {
    private LockWaits() {}

    /** {@code timeoutNanos < 0}: wait for ever. True when the lock was taken. */
    static boolean await(ThreadState ts, BinaryLock lock, long timeoutNanos) {
        long deadline = timeoutNanos < 0 ? 0 : System.nanoTime() + timeoutNanos;
        long left = timeoutNanos;
        for (;;) {
            try (ThreadState unlocked = ts.blocking()) {
                return lock.lock(left);
            } catch (InterruptedException e) {
                ts.afterInterrupt();
            }
            if (timeoutNanos >= 0) {
                left = deadline - System.nanoTime();
                if (left <= 0) {
                    return lock.tryLock();
                }
            }
        }
    }
}

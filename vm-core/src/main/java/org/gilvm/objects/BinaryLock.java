package org.gilvm.objects;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * A lock that any thread may release, not just the one that took it: the semantics of
 * CPython's {@code PyThread_type_lock} (a binary semaphore), which {@code threading.Lock}
 * exposes. Java's own locks are owned, so this is a small AQS of its own: state 1 is held.
 */
final class BinaryLock extends AbstractQueuedSynchronizer {
    @Override
    protected boolean tryAcquire(int ignored) {
        return compareAndSetState(0, 1);
    }

    @Override
    protected boolean tryRelease(int ignored) {
        if (!compareAndSetState(1, 0)) {
            throw new IllegalMonitorStateException();
        }
        return true;
    }

    boolean tryLock() {
        return tryAcquire(1);
    }

    /** Waits at most {@code nanos} (forever when negative); InterruptedException as the JDK's locks. */
    boolean lock(long nanos) throws InterruptedException {
        if (nanos < 0) {
            acquireInterruptibly(1);
            return true;
        }
        return tryAcquireNanos(1, nanos);
    }

    /** False when it was not held. */
    boolean unlock() {
        try {
            return release(1);
        } catch (IllegalMonitorStateException e) {
            return false;
        }
    }

    boolean isLocked() {
        return getState() != 0;
    }

    static long toNanos(double seconds) {
        return (long) Math.ceil(seconds * TimeUnit.SECONDS.toNanos(1));
    }
}

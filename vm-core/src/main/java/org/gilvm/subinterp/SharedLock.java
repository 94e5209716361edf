package org.gilvm.subinterp;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.gilvm.interp.ThreadState;

/**
 * The lock under {@code multiprocessing.Lock} and {@code RLock}, usable from every
 * interpreter that has it. A plain lock may be released by any thread (a semaphore of one,
 * as CPython's SemLock); a recursive one belongs to the thread that took it (Python threads
 * are Java threads, in whatever interpreter). Waits release the caller's GIL.
 */
final class SharedLock {
    private final boolean recursive;
    private final Semaphore plain;
    private final ReentrantLock owned;

    SharedLock(boolean recursive) {
        this.recursive = recursive;
        this.plain = recursive ? null : new Semaphore(1);
        this.owned = recursive ? new ReentrantLock() : null;
    }

    boolean recursive() {
        return recursive;
    }

    /** {@code timeoutNanos < 0}: no limit. */
    boolean acquire(ThreadState ts, boolean block, long timeoutNanos) {
        if (recursive ? owned.tryLock() : plain.tryAcquire()) {
            return true;
        }
        if (!block || timeoutNanos == 0) {
            return false;
        }
        return Waits.await(ts, timeoutNanos, left -> {
            if (left < 0) {
                if (recursive) {
                    owned.lockInterruptibly();
                } else {
                    plain.acquire();
                }
                return true;
            }
            return recursive ? owned.tryLock(left, TimeUnit.NANOSECONDS) : plain.tryAcquire(left, TimeUnit.NANOSECONDS);
        });
    }

    /** False when there was nothing to release (plain: not held; recursive: not held by this thread). */
    boolean release() {
        if (recursive) {
            if (!owned.isHeldByCurrentThread()) {
                return false;
            }
            owned.unlock();
            return true;
        }
        synchronized (this) {
            if (plain.availablePermits() > 0) {
                return false;
            }
            plain.release();
            return true;
        }
    }

    /** Whether it is held, by anyone. */
    boolean isLocked() {
        return recursive ? owned.isLocked() : plain.availablePermits() == 0;
    }

    /** For a recursive lock: how many times the calling thread holds it. */
    int holdCount() {
        return recursive ? owned.getHoldCount() : 0;
    }
}

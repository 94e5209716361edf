package org.gilvm.objects;

import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The per-object lock of a {@link Lockable}: PEP 703's per-object mutex. Uncontended, it is
 * one compare-and-set; a thread that finds it taken is counted, and the time it waits is
 * added up, for the contention metrics.
 *
 * <p>Reentrant, because a container operation may be entered again on the same thread (a
 * list extended with itself).
 */
public final class ObjectMutex {
    private final ReentrantLock lock = new ReentrantLock();
    /** Acquisitions that had to wait, and for how long in total. */
    private final LongAdder contended = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();

    /** Takes the lock if it is free, at once. */
    public boolean tryLock() {
        return lock.tryLock();
    }

    /** Takes the lock, found taken by {@link #tryLock}: waits; returns the nanoseconds waited. */
    public long lockContended() {
        long t0 = System.nanoTime();
        lock.lock();
        long waited = System.nanoTime() - t0;
        contended.increment();
        waitNanos.add(waited);
        return waited;
    }

    /** Takes the lock; returns the nanoseconds waited (0 when it was free). */
    public long lock() {
        return lock.tryLock() ? 0 : lockContended();
    }

    public void unlock() {
        lock.unlock();
    }

    public long contendedCount() {
        return contended.sum();
    }

    public long waitNanos() {
        return waitNanos.sum();
    }

    /**
     * The mutex in {@code holder}'s field {@code handle} (a VarHandle of type ObjectMutex),
     * made and installed by whichever thread gets there first.
     */
    public static ObjectMutex of(Object holder, VarHandle handle) {
        ObjectMutex m = (ObjectMutex) handle.getAcquire(holder);
        if (m != null) {
            return m;
        }
        ObjectMutex fresh = new ObjectMutex();
        ObjectMutex won = (ObjectMutex) handle.compareAndExchange(holder, (ObjectMutex) null, fresh);
        return won == null ? fresh : won;
    }
}

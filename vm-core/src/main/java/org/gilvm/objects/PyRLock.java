package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code _thread.RLock}: a lock its owner may take again, released when the owner has
 * released it as many times. Only the owner may release it. The owner and count are written
 * only by the thread holding {@link #lock}, and read by others only for repr.
 */
public final class PyRLock extends PyObject {
    public static final PyType TYPE = PyType.builtinIn("_thread", "RLock", BuiltinTypes.OBJECT,
            (ts, type, argv, off, nargs, kwnames) -> new PyRLock());

    private final BinaryLock lock = new BinaryLock();
    private volatile ThreadState owner;
    private volatile long count;

    @Override
    public PyType type() { return TYPE; }

    public boolean acquire(ThreadState ts, boolean blocking, long timeoutNanos) {
        if (owner == ts) {
            if (count == Long.MAX_VALUE) {
                throw Errors.overflowError("Internal lock count overflowed");
            }
            count++;
            return true;
        }
        if (!lock.tryLock() && !(blocking && LockWaits.await(ts, lock, timeoutNanos))) {
            return false;
        }
        owner = ts;
        count = 1;
        return true;
    }

    public void release(ThreadState ts) {
        if (owner != ts || count == 0) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = null;
            lock.unlock();
        }
    }

    public boolean isOwnedBy(ThreadState ts) {
        return owner == ts && count > 0;
    }

    public long count(ThreadState ts) {
        return owner == ts ? count : 0;
    }

    /** {@code _release_save}: releases completely; returns the count to restore. */
    public long releaseAll(ThreadState ts) {
        if (count == 0) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        long saved = count;
        count = 0;
        owner = null;
        lock.unlock();
        return saved;
    }

    /** {@code _acquire_restore}: takes the lock back with the count {@code releaseAll} returned. */
    public void restore(ThreadState ts, long savedCount) {
        if (!lock.tryLock()) {
            LockWaits.await(ts, lock, -1);
        }
        owner = ts;
        count = savedCount;
    }

    @Override
    public String repr(ThreadState ts) {
        ThreadState o = owner;
        return "<" + (lock.isLocked() ? "locked" : "unlocked") + " _thread.RLock object owner="
                + (o == null ? 0 : o.ident()) + " count=" + count + " at 0x"
                + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }
}

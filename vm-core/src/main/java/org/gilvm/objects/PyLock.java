package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code _thread.lock}, what {@code threading.Lock()} returns: a plain binary lock that any
 * thread may release. Waiting for it releases the GIL.
 */
public final class PyLock extends PyObject {
    public static final PyType TYPE = PyType.builtinIn("_thread", "lock", BuiltinTypes.OBJECT, null);

    /** {@code _thread.TIMEOUT_MAX}: CPython's PY_TIMEOUT_MAX in whole seconds, as it prints it. */
    public static final double TIMEOUT_MAX = 9223372036.0;

    final BinaryLock lock = new BinaryLock();

    @Override
    public PyType type() { return TYPE; }

    /** {@code timeoutNanos < 0}: no limit. */
    public boolean acquire(ThreadState ts, boolean blocking, long timeoutNanos) {
        if (lock.tryLock()) {
            return true;
        }
        return blocking && LockWaits.await(ts, lock, timeoutNanos);
    }

    public void release() {
        if (!lock.unlock()) {
            throw Errors.runtimeError("release unlocked lock");
        }
    }

    public boolean isLocked() {
        return lock.isLocked();
    }

    @Override
    public String repr(ThreadState ts) {
        return "<" + (isLocked() ? "locked" : "unlocked") + " _thread.lock object at 0x"
                + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }
}

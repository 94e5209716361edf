package org.gilvm.spi;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Lockable;

/**
 * How list, dict, set and bytearray mutations are kept consistent: CPython's
 * {@code Py_BEGIN_CRITICAL_SECTION} (PEP 703). Under a GIL, and in the unsafe demo, nothing
 * is done; without a GIL each object's own mutex is taken.
 *
 * <p>Called on the thread that owns {@code ts}, around the Java-level change of a
 * container's storage only: never while Python code runs (no {@code __eq__}, no
 * {@code __del__} inside), so two containers' locks are never held at once by Python code
 * and cannot deadlock.
 */
public interface ObjectLocks {
    void lock(ThreadState ts, Lockable o);

    void unlock(ThreadState ts, Lockable o);

    /** Whether {@link #lock} does anything (false under a GIL). */
    boolean guards();

    /** The guard that does nothing. */
    ObjectLocks NONE = new ObjectLocks() {
        @Override
        public void lock(ThreadState ts, Lockable o) {}

        @Override
        public void unlock(ThreadState ts, Lockable o) {}

        @Override
        public boolean guards() {
            return false;
        }
    };
}

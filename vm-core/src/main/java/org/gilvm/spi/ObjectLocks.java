package org.gilvm.spi;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Lockable;

/**
 * How list, dict, set and bytearray mutations are kept consistent: CPython's
 * {@code Py_BEGIN_CRITICAL_SECTION} (PEP 703). Under a GIL, and in the unsafe demo, nothing
 * is done; without a GIL each object's own mutex is taken.
 *
 * <p>Called on the thread that owns {@code ts}, around the Java code that reads or changes a
 * container's storage: never around {@code __hash__}, {@code __index__} or {@code __del__},
 * only around the {@code __eq__} of a probe, and never two containers at once from Java
 * code. {@link #lock} must be reentrant. {@link MutexObjectLocks} is the real guard and
 * documents the rules the containers follow.
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

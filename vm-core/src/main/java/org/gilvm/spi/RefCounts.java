package org.gilvm.spi;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyObject;

/**
 * How an execution strategy counts references: the seam CPython's {@code Py_INCREF},
 * {@code Py_DECREF} and {@code sys.getrefcount} go through.
 *
 * <p>Called on the thread that owns {@code ts}, for every reference the VM stores or drops
 * (value stack, locals, container slots, attributes), following CPython's rules. Immortal
 * objects ({@link PyObject#IMMORTAL}) must never be written. When a count reaches zero the
 * implementation calls {@link PyObject#dealloc} and then poisons the object with
 * {@link PyObject#FREED}; a later incref of a freed object is a use after free.
 */
public interface RefCounts {
    void incref(ThreadState ts, PyObject o);

    void decref(ThreadState ts, PyObject o);

    /**
     * An incref that fails (returns false, changing nothing) if {@code o} has already been
     * freed: for references read without a lock, which another thread may be dropping.
     * Strategies whose counts only ever change under a lock may simply incref.
     */
    default boolean tryIncref(ThreadState ts, PyObject o) {
        incref(ts, o);
        return true;
    }

    /** The count {@code sys.getrefcount} reports; may raise if the strategy keeps none. */
    long refcount(ThreadState ts, PyObject o);

    /** Whether counts are kept at all (false under a tracing GC). */
    boolean counts();

    /**
     * How counts are written, for the {@code mode} label of the refcount metrics:
     * {@code plain}, {@code atomic}, or {@code none} when no counts are kept.
     */
    default String mode() {
        return counts() ? "plain" : "none";
    }
}

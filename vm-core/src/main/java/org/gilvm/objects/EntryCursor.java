package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * A walk over a dict or set that runs Python code between steps (a key's {@code __hash__} or
 * {@code __eq__} in another container, a value's {@code __repr__}): CPython's
 * {@code PyDict_Next} / {@code _PySet_NextEntry} with references taken. Each step
 * ({@link PyDict#next}, {@link PyAnySet#next}) reads one entry under the container's lock and
 * holds new references to its key and value until {@link #release}, so the walk never holds
 * a lock while Python code runs, never holds two containers' locks at once, and no other
 * thread can free the entry it is looking at.
 *
 * <p>Like CPython's loops it re-reads the live table at each step: a container changed
 * meanwhile (by that Python code or by another thread) is walked from the same position in
 * its new table. One cursor per walk, used by one thread.
 *
 * <pre>{@code
 * EntryCursor c = new EntryCursor();
 * while (d.next(ts, c)) {
 *     try { ... c.key, c.value, c.hash ... } finally { c.release(ts); }
 * }
 * }</pre>
 */
public final class EntryCursor {
    /** Where the next step starts looking (an entry index for dicts, a slot for sets). */
    int pos;
    /** The current entry's key and (for dicts) value, owned until {@link #release}. */
    public PyObject key, value;
    /** The current entry's stored hash. */
    public long hash;

    /** Drops the references the last step took. */
    public void release(ThreadState ts) {
        PyObject k = key, v = value;
        key = null;
        value = null;
        ts.decref(k);
        ts.decref(v);
    }
}

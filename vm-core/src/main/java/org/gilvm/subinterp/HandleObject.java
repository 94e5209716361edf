package org.gilvm.subinterp;

import org.gilvm.objects.PyObject;

/**
 * A Python object of one interpreter that stands for a Java-level primitive several
 * interpreters share (a {@link Channel}, a {@link SharedLock}, a {@link SharedCell}): copying
 * it to another interpreter gives that interpreter its own wrapper around the same primitive,
 * as passing a {@code multiprocessing.Queue} to a child process gives the child a handle on the
 * same pipe. The primitives hold only snapshots and Java state, never an interpreter's objects.
 */
interface HandleObject {
    /** The primitive shared with other interpreters. */
    Object shared();

    /** This interpreter's wrapper for a primitive received from another one; a new reference. */
    static PyObject wrap(Object shared) {
        return switch (shared) {
            case Channel c -> new PyChannel(c);
            case SharedLock l -> new PySharedLock(l);
            case SharedCell c -> new PySharedCell(c);
            default -> throw new IllegalArgumentException("not a shared primitive: " + shared);
        };
    }
}

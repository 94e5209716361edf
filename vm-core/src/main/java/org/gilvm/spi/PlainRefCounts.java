package org.gilvm.spi;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyObject;

/**
 * Plain, non-atomic reference counts: a read and a write of {@link PyObject#refcnt}, which is
 * exactly CPython's {@code Py_INCREF}/{@code Py_DECREF} and is safe only while one thread at a
 * time runs Python code (a GIL).
 *
 * <p>Use after free is detected, not prevented: a freed object holds a large negative count,
 * so an incref or decref of one is noticed here at the cost of one compare that the plain
 * path needs anyway to skip immortal objects.
 */
public final class PlainRefCounts implements RefCounts {

    @Override
    public void incref(ThreadState ts, PyObject o) {
        if (o == null) {
            return;
        }
        int rc = o.refcnt;
        if (rc >= PyObject.IMMORTAL) {
            return;
        }
        if (rc <= 0) {
            ts.useAfterFree(o, "incref");
            return;
        }
        o.refcnt = rc + 1;
        ts.increfs++;
    }

    @Override
    public void decref(ThreadState ts, PyObject o) {
        if (o == null) {
            return;
        }
        int rc = o.refcnt;
        if (rc >= PyObject.IMMORTAL) {
            return;
        }
        if (rc <= 0) {
            ts.useAfterFree(o, "decref");
            return;
        }
        ts.decrefs++;
        if (rc == 1) {
            o.refcnt = 0;
            ts.dealloc(o);
        } else {
            o.refcnt = rc - 1;
        }
    }

    @Override
    public long refcount(ThreadState ts, PyObject o) {
        int rc = o.refcnt;
        if (rc <= 0) {
            throw Errors.runtimeError("reference count of a freed object");
        }
        return rc;
    }

    @Override
    public boolean counts() {
        return true;
    }
}

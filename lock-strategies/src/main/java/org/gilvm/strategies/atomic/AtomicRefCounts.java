package org.gilvm.strategies.atomic;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.RefCounts;

/**
 * Reference counts changed with one atomic read-modify-write each ({@link PyObject#REFCNT},
 * a VarHandle {@code getAndAdd}: LOCK XADD on x86), so no update is lost when threads share
 * an object. This is the naive form of PEP 703: every shared object's count is a cache line
 * all cores fight over, which is why free-threaded CPython 3.13t adds biased and deferred
 * counting. Immortal objects are read but never written, so None, small ints and interned
 * strings cost no contention.
 *
 * <p>The thread whose decrement takes the count from 1 to 0 is the only one that can see
 * that transition, so exactly one thread deallocates. A count found at or below zero means a
 * freed object is in use: the interpreter reports it.
 */
public final class AtomicRefCounts implements RefCounts {
    @Override
    public void incref(ThreadState ts, PyObject o) {
        if (o == null || o.refcnt >= PyObject.IMMORTAL) {
            return;
        }
        int before = (int) PyObject.REFCNT.getAndAdd(o, 1);
        ts.increfs++;
        if (before <= 0) {
            ts.useAfterFree(o, "incref");
        }
    }

    /** CPython 3.13t's _Py_TryIncrefCompare: never resurrects an object whose count reached zero. */
    @Override
    public boolean tryIncref(ThreadState ts, PyObject o) {
        for (;;) {
            int rc = (int) PyObject.REFCNT.getVolatile(o);
            if (rc >= PyObject.IMMORTAL) {
                return true;
            }
            if (rc <= 0) {
                return false;
            }
            if (PyObject.REFCNT.compareAndSet(o, rc, rc + 1)) {
                ts.increfs++;
                return true;
            }
        }
    }

    @Override
    public void decref(ThreadState ts, PyObject o) {
        if (o == null || o.refcnt >= PyObject.IMMORTAL) {
            return;
        }
        int before = (int) PyObject.REFCNT.getAndAdd(o, -1);
        ts.decrefs++;
        if (before == 1) {
            ts.dealloc(o);
        } else if (before <= 0) {
            ts.useAfterFree(o, "decref");
        }
    }

    @Override
    public long refcount(ThreadState ts, PyObject o) {
        int rc = (int) PyObject.REFCNT.getVolatile(o);
        if (rc <= 0) {
            throw Errors.runtimeError("reference count of a freed object");
        }
        return rc;
    }

    @Override
    public boolean counts() {
        return true;
    }

    @Override
    public String mode() {
        return "atomic";
    }
}

package org.gilvm.objects.concurrency;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.RefCounts;

/**
 * Reference counts changed by compare-and-set, so that the concurrency tests can share
 * containers (and run Python code) between threads without the counts themselves racing:
 * the tests are about the container guard, not about counting. A small stand-in for the
 * atomic-refcount strategy, which lives in another module.
 */
final class AtomicRefCounts implements RefCounts {
    private static final VarHandle REFCNT;

    static {
        try {
            REFCNT = MethodHandles.lookup().findVarHandle(PyObject.class, "refcnt", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public void incref(ThreadState ts, PyObject o) {
        if (o == null) {
            return;
        }
        int rc = (int) REFCNT.getVolatile(o);
        while (rc < PyObject.IMMORTAL) {
            if (rc <= 0) {
                ts.useAfterFree(o, "incref");
                return;
            }
            int seen = (int) REFCNT.compareAndExchange(o, rc, rc + 1);
            if (seen == rc) {
                return;
            }
            rc = seen;
        }
    }

    /** Never revives an object whose count reached zero (reads made without a lock need this). */
    @Override
    public boolean tryIncref(ThreadState ts, PyObject o) {
        int rc = (int) REFCNT.getVolatile(o);
        while (rc < PyObject.IMMORTAL) {
            if (rc <= 0) {
                return false;
            }
            int seen = (int) REFCNT.compareAndExchange(o, rc, rc + 1);
            if (seen == rc) {
                return true;
            }
            rc = seen;
        }
        return true;
    }

    @Override
    public void decref(ThreadState ts, PyObject o) {
        if (o == null) {
            return;
        }
        int rc = (int) REFCNT.getVolatile(o);
        while (rc < PyObject.IMMORTAL) {
            if (rc <= 0) {
                ts.useAfterFree(o, "decref");
                return;
            }
            int seen = (int) REFCNT.compareAndExchange(o, rc, rc - 1);
            if (seen == rc) {
                if (rc == 1) {
                    ts.dealloc(o);
                }
                return;
            }
            rc = seen;
        }
    }

    @Override
    public long refcount(ThreadState ts, PyObject o) {
        int rc = (int) REFCNT.getVolatile(o);
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

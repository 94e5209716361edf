package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code iter(callable, sentinel)}: calls the callable until it returns a value equal to the
 * sentinel (or raises StopIteration), CPython's {@code calliterobject}.
 */
public final class PyCallableIterator extends PyObject {
    private PyObject callable;
    private PyObject sentinel;

    /** Takes new references to both from the borrowed arguments. */
    public PyCallableIterator(ThreadState ts, PyObject callable, PyObject sentinel) {
        ts.incref(callable);
        ts.incref(sentinel);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyType type() { return BuiltinTypes.CALLABLE_ITERATOR; }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject f = callable;
        if (f == null) {
            return null;
        }
        PyObject r;
        try {
            r = f.call(ts, new PyObject[0], 0, 0, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                ts.decref(e.value);
                exhaust(ts);
                return null;
            }
            throw e;
        }
        boolean done;
        try {
            done = Abstract.eqForContains(ts, sentinel, r);
        } catch (PyException e) {
            ts.decref(r);
            throw e;
        }
        if (done) {
            ts.decref(r);
            exhaust(ts);
            return null;
        }
        return r;
    }

    private void exhaust(ThreadState ts) {
        PyObject f = callable, s = sentinel;
        callable = null;
        sentinel = null;
        ts.decref(f);
        ts.decref(s);
    }

    @Override
    public void dealloc(ThreadState ts) {
        exhaust(ts);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(callable);
        v.visitNullable(sentinel);
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code set_iterator}: walks the table in slot order. A change in the set's size between
 * steps raises RuntimeError, and keeps raising (CPython makes the state sticky).
 */
public final class PySetIterator extends PyObject {
    private PyAnySet set;
    private int expectedUsed;
    private int pos;

    public PySetIterator(ThreadState ts, PyAnySet set) {
        ts.incref(set);
        this.set = set;
        this.expectedUsed = set.size();
    }

    @Override
    public PyType type() {
        return BuiltinTypes.SET_ITERATOR;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    /**
     * The next key, read under a mutable set's lock, which also guards this iterator's own
     * position, so threads sharing the iterator take turns and only one lets go of the set.
     */
    @Override
    public PyObject next(ThreadState ts) {
        PyAnySet s = set;
        if (s == null) {
            return null;
        }
        s.lock(ts);
        try {
            if (expectedUsed != s.used) {
                expectedUsed = -1;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            int p = s.nextSlot(pos);
            if (p >= 0) {
                pos = p + 1;
                PyObject k = s.keyAt(p);
                ts.incref(k);
                return k;
            }
            if (set != s) {
                return null;
            }
            set = null;
        } finally {
            s.unlock(ts);
        }
        ts.decref(s);
        return null;
    }

    @Override
    public void dealloc(ThreadState ts) {
        PyAnySet s = set;
        set = null;
        ts.decref(s);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(set);
    }
}

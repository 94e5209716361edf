package org.gilvm.objects;

import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * {@code list_reverseiterator}, from {@code reversed(list)}: walks indices downwards and stops
 * (for good) as soon as the index falls outside the list, which may have shrunk meanwhile.
 */
public final class PyListReverseIterator extends PyObject {
    private PyList list;
    private int index;

    public PyListReverseIterator(ThreadState ts, PyList list) {
        ts.incref(list);
        this.list = list;
        this.index = list.size - 1;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.LIST_REVERSEITERATOR;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    /** Under the list's lock, which also guards this iterator's state (see {@link PySeqIterator}). */
    @Override
    public PyObject next(ThreadState ts) {
        PyList l = list;
        if (l == null) {
            return null;
        }
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            int i = index;
            if (i >= 0 && i < l.size) {
                index = i - 1;
                PyObject o = l.items[i];
                ts.incref(o);
                return o;
            }
            index = -1;
            if (list != l) {
                return null;
            }
            list = null;
        } finally {
            g.unlock(ts, l);
        }
        ts.decref(l);
        return null;
    }

    @Override
    public void dealloc(ThreadState ts) {
        PyList l = list;
        list = null;
        ts.decref(l);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(list);
    }
}

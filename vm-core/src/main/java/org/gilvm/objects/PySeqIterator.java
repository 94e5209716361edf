package org.gilvm.objects;

import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * The iterator of lists, tuples and any object with {@code __getitem__}: CPython's
 * {@code listiterator}/{@code tupleiterator}/{@code iterator}. It owns a reference to the
 * sequence until exhausted. How a list is read without a GIL: {@link #nextOfList}.
 */
public final class PySeqIterator extends PyObject {
    private PyObject seq;
    private int index;

    public PySeqIterator(ThreadState ts, PyObject seq) {
        ts.incref(seq);
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return seq instanceof PyList ? BuiltinTypes.LIST_ITERATOR
                : seq instanceof PyTuple ? BuiltinTypes.TUPLE_ITERATOR : BuiltinTypes.SEQ_ITERATOR;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        if (s instanceof PyList l) {
            return nextOfList(ts, l);
        } else if (s instanceof PyTuple t) {
            if (index < t.size()) {
                PyObject o = t.get(index++);
                ts.incref(o);
                return o;
            }
        } else {
            try {
                return s.getItem(ts, PyInt.of(index++));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.INDEX_ERROR) && !e.matches(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                ts.decref(e.value);
            }
        }
        seq = null;
        ts.decref(s);
        return null;
    }

    /**
     * The list's next item. Without a GIL it is read without the list's lock while the index
     * is inside the list, as 3.13t's {@code listiter_next} does ({@link PyList#itemUnlocked}):
     * threads iterating one shared list would otherwise queue on its mutex for every item.
     * As in 3.13t, threads sharing one iterator may then both get an item (the index is not
     * advanced atomically); they never get a released object. The end is found under the
     * lock, which guards letting go of the list, so only one thread does.
     */
    private PyObject nextOfList(ThreadState ts, PyList l) {
        ObjectLocks g = ts.locks();
        if (g.guards()) {
            int i = index;
            if (i < l.size) {
                PyObject o = l.itemUnlocked(ts, i);
                if (o != null) {
                    index = i + 1;
                    return o;
                }
            }
        }
        g.lock(ts, l);
        try {
            int i = index;
            if (i < l.size) {
                PyObject o = l.items[i];
                index = i + 1;
                ts.incref(o);
                return o;
            }
            if (seq != l) {
                return null;
            }
            seq = null;
        } finally {
            g.unlock(ts, l);
        }
        ts.decref(l);
        return null;
    }

    /** For {@code __length_hint__}: how many items remain, if known. */
    public int remaining() {
        if (seq instanceof PyList l) {
            return Math.max(0, l.size - index);
        }
        if (seq instanceof PyTuple t) {
            return Math.max(0, t.size() - index);
        }
        return 0;
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(seq);
        seq = null;
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(seq);
    }
}

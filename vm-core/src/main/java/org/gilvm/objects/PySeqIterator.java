package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * The iterator of lists, tuples and any object with {@code __getitem__}: CPython's
 * {@code listiterator}/{@code tupleiterator}/{@code iterator}. It owns a reference to the
 * sequence until exhausted.
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
            if (index < l.size) {
                PyObject o = l.items[index++];
                ts.incref(o);
                return o;
            }
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

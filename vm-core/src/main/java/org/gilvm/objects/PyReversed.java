package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code reversed(seq)}: the items of a sequence from the last to the first, by
 * {@code __len__} and {@code __getitem__}. Types with {@code __reversed__} supply their own
 * iterator instead (CPython's reversed_new_impl).
 */
public final class PyReversed extends PyObject {
    private PyObject seq;
    private long index;

    private PyReversed(PyObject seq, long last) {
        this.seq = seq;
        this.index = last;
    }

    /** tp_new: {@code reversed(seq)}. */
    static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("reversed() takes no keyword arguments");
        }
        if (nargs != 1) {
            throw Errors.typeError("reversed expected 1 argument, got " + nargs);
        }
        return of(ts, argv[off]);
    }

    /** {@code reversed(seq)} as a new reference. */
    public static PyObject of(ThreadState ts, PyObject seq) {
        PyType t = seq.type();
        PyObject method = t.lookup("__reversed__");
        if (method == PyNone.None) {
            throw notReversible(seq);
        }
        if (method != null) {
            return SpecialMethods.callMethod(ts, method, seq);
        }
        if (seq instanceof PyDict || t.lookup("__getitem__") == null) {
            throw notReversible(seq);
        }
        long n = seq.len(ts);
        ts.incref(seq);
        return new PyReversed(seq, n - 1);
    }

    private static PyException notReversible(PyObject seq) {
        return Errors.typeError("'" + seq.type().name() + "' object is not reversible");
    }

    @Override
    public PyType type() { return BuiltinTypes.REVERSED; }

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
        long i = index;
        if (i >= 0) {
            if (s instanceof PyList l) {
                PyObject o = l.getItemRef(ts, i);
                if (o != null) {
                    index = i - 1;
                    return o;
                }
            } else {
                try {
                    PyObject o = s.getItem(ts, PyInt.of(i));
                    index = i - 1;
                    return o;
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.INDEX_ERROR) && !e.matches(ExceptionTypes.STOP_ITERATION)) {
                        throw e;
                    }
                    ts.decref(e.value);
                }
            }
        }
        index = -1;
        seq = null;
        ts.decref(s);
        return null;
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

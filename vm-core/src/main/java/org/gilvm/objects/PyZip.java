package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code zip(*iterables, strict=False)}: tuples of the i-th items. With {@code strict=True}
 * (PEP 618) an iterable that ends before or after the others raises ValueError.
 */
public final class PyZip extends PyObject {
    private final PyObject[] iterators;
    private final boolean strict;

    private PyZip(PyObject[] iterators, boolean strict) {
        this.iterators = iterators;
        this.strict = strict;
    }

    /** tp_new, CPython's zip_new. */
    static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs, String[] kwnames) {
        boolean strict = false;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (!kwnames[k].equals("strict")) {
                    throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for zip()");
                }
                strict = Abstract.isTrue(ts, argv[off + nargs + k]);
            }
        }
        PyObject[] its = new PyObject[nargs];
        try {
            for (int i = 0; i < nargs; i++) {
                its[i] = argv[off + i].iter(ts);
            }
        } catch (PyException e) {
            for (PyObject it : its) {
                ts.decref(it);
            }
            throw e;
        }
        return new PyZip(its, strict);
    }

    @Override
    public PyType type() { return BuiltinTypes.ZIP; }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        int n = iterators.length;
        if (n == 0) {
            return null;
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject item;
            try {
                item = iterators[i].next(ts);
            } catch (PyException e) {
                release(ts, items, i);
                throw e;
            }
            if (item == null) {
                release(ts, items, i);
                if (strict) {
                    checkStrict(ts, i);
                }
                return null;
            }
            items[i] = item;
        }
        return new PyTuple(items);
    }

    private static void release(ThreadState ts, PyObject[] items, int count) {
        for (int j = 0; j < count; j++) {
            ts.decref(items[j]);
        }
    }

    /** Iterator {@code i} ended first: the others must end now too (CPython's zip_next "check"). */
    private void checkStrict(ThreadState ts, int i) {
        if (i > 0) {
            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                    + (i == 1 ? " " : "s 1-") + i);
        }
        for (int j = 1; j < iterators.length; j++) {
            PyObject item = iterators[j].next(ts);
            if (item != null) {
                ts.decref(item);
                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                        + (j == 1 ? " " : "s 1-") + j);
            }
        }
    }

    @Override
    public void dealloc(ThreadState ts) {
        for (int i = 0; i < iterators.length; i++) {
            ts.decref(iterators[i]);
            iterators[i] = null;
        }
    }

    @Override
    public void traverse(RefVisitor v) {
        for (PyObject it : iterators) {
            v.visitNullable(it);
        }
    }
}

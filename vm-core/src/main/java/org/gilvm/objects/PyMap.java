package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code map(func, *iterables)}: func applied to the i-th items, until the shortest ends. */
public final class PyMap extends PyObject {
    private PyObject func;
    private final PyObject[] iterators;

    private PyMap(PyObject func, PyObject[] iterators) {
        this.func = func;
        this.iterators = iterators;
    }

    /** tp_new, CPython's map_new. */
    static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("map() takes no keyword arguments");
        }
        if (nargs < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[nargs - 1];
        try {
            for (int i = 0; i < its.length; i++) {
                its[i] = argv[off + 1 + i].iter(ts);
            }
        } catch (PyException e) {
            for (PyObject it : its) {
                ts.decref(it);
            }
            throw e;
        }
        PyObject f = argv[off];
        ts.incref(f);
        return new PyMap(f, its);
    }

    @Override
    public PyType type() { return BuiltinTypes.MAP; }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        int n = iterators.length;
        if (n == 1) {
            PyObject item = iterators[0].next(ts);
            if (item == null) {
                return null;
            }
            try {
                return func.call(ts, new PyObject[] {item}, 0, 1, null);
            } finally {
                ts.decref(item);
            }
        }
        PyObject[] args = new PyObject[n];
        int got = 0;
        try {
            for (; got < n; got++) {
                PyObject item = iterators[got].next(ts);
                if (item == null) {
                    return null;
                }
                args[got] = item;
            }
            return func.call(ts, args, 0, n, null);
        } finally {
            for (int j = 0; j < got; j++) {
                ts.decref(args[j]);
            }
        }
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(func);
        func = null;
        for (int i = 0; i < iterators.length; i++) {
            ts.decref(iterators[i]);
            iterators[i] = null;
        }
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(func);
        for (PyObject it : iterators) {
            v.visitNullable(it);
        }
    }
}

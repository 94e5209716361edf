package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code filter(function or None, iterable)}: the items for which the function is true. */
public final class PyFilter extends PyObject {
    /** The predicate, or null for None and bool (plain truth), as CPython's filter_next tests. */
    private PyObject func;
    private PyObject iterator;

    private PyFilter(PyObject func, PyObject iterator) {
        this.func = func;
        this.iterator = iterator;
    }

    /** tp_new, CPython's filter_new. */
    static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("filter() takes no keyword arguments");
        }
        if (nargs != 2) {
            throw Errors.typeError("filter expected 2 arguments, got " + nargs);
        }
        PyObject it = argv[off + 1].iter(ts);
        PyObject f = argv[off];
        if (f == PyNone.None || f == BuiltinTypes.BOOL) {
            f = null;
        } else {
            ts.incref(f);
        }
        return new PyFilter(f, it);
    }

    @Override
    public PyType type() { return BuiltinTypes.FILTER; }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject it = iterator;
        if (it == null) {
            return null;
        }
        for (PyObject item; (item = it.next(ts)) != null; ) {
            boolean keep;
            try {
                if (func == null) {
                    keep = Abstract.isTrue(ts, item);
                } else {
                    PyObject r = func.call(ts, new PyObject[] {item}, 0, 1, null);
                    try {
                        keep = Abstract.isTrue(ts, r);
                    } finally {
                        ts.decref(r);
                    }
                }
            } catch (PyException e) {
                ts.decref(item);
                throw e;
            }
            if (keep) {
                return item;
            }
            ts.decref(item);
        }
        return null;
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(func);
        ts.decref(iterator);
        func = null;
        iterator = null;
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(func);
        v.visitNullable(iterator);
    }
}

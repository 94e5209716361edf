package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code staticmethod(f)}: returns f unbound from both instances and classes. */
public final class PyStaticMethod extends PyObject {
    public final PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() { return BuiltinTypes.STATICMETHOD; }

    @Override
    public boolean hasDescrGet() { return true; }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType owner) {
        ts.incref(func);
        return func;
    }

    @Override
    public boolean isCallable() { return true; }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        return func.call(ts, argv, off, nargs, kwnames);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        if (name.equals("__func__")) {
            ts.incref(func);
            return func;
        }
        return func.findAttr(ts, name);
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(func);
    }
}

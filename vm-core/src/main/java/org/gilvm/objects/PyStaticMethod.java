package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code staticmethod(f)}: returns f unbound from both instances and classes. */
public final class PyStaticMethod extends PyFunctionWrapper {
    public PyStaticMethod(PyObject func) {
        super(func);
    }

    @Override
    public PyType type() { return BuiltinTypes.STATICMETHOD; }

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
}

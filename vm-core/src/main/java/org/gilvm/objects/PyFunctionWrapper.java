package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * What staticmethod and classmethod share: they own one callable, expose it as
 * {@code __func__} and pass other attribute reads on to it (so {@code __doc__},
 * {@code __name__} and friends show through).
 */
public abstract class PyFunctionWrapper extends PyObject {
    public final PyObject func;

    protected PyFunctionWrapper(PyObject func) {
        this.func = func;
    }

    @Override
    public boolean hasDescrGet() { return true; }

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

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(func);
    }
}

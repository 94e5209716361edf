package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code classmethod(f)}: binds f to the class, whether reached through an instance or not. */
public final class PyClassMethod extends PyObject {
    public final PyObject func;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() { return BuiltinTypes.CLASSMETHOD; }

    @Override
    public boolean hasDescrGet() { return true; }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType owner) {
        PyType cls = owner != null ? owner : obj.type();
        ts.incref(func);
        ts.incref(cls);
        return new PyBoundMethod(func, cls);
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

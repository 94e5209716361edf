package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code classmethod(f)}: binds f to the class, whether reached through an instance or not. */
public final class PyClassMethod extends PyFunctionWrapper {
    public PyClassMethod(PyObject func) {
        super(func);
    }

    @Override
    public PyType type() { return BuiltinTypes.CLASSMETHOD; }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType owner) {
        PyType cls = owner != null ? owner : obj.type();
        ts.incref(func);
        ts.incref(cls);
        return new PyBoundMethod(func, cls);
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * A builtin method as found in its type's dict ({@code list.append}), CPython's
 * {@code method_descriptor}. Calling it directly takes self as the first argument;
 * getting it through an instance binds it.
 */
public final class PyMethodDescr extends PyObject {
    private final String name;
    private final PyType owner;
    private final BuiltinBody body;

    public PyMethodDescr(String name, PyType owner, BuiltinBody body) {
        this.name = name;
        this.owner = owner;
        this.body = body;
    }

    @Override
    public PyType type() { return BuiltinTypes.METHOD_DESCRIPTOR; }

    public String name() { return name; }

    public BuiltinBody body() { return body; }

    @Override
    public boolean isCallable() { return true; }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (nargs == 0) {
            throw Errors.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        return body.call(ts, argv, off, nargs, kwnames);
    }

    @Override
    public boolean hasDescrGet() { return true; }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType type) {
        if (obj == null) {
            ts.incref(this);
            return this;
        }
        ts.incref(obj);
        return new PyBuiltinFunction(name, owner.name() + "." + name, body, obj);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        return switch (attr) {
            case "__name__" -> new PyStr(name);
            case "__qualname__" -> new PyStr(owner.name() + "." + name);
            default -> super.findAttr(ts, attr);
        };
    }

    @Override
    public String repr(ThreadState ts) {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }
}

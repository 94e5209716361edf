package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** A module: a named namespace dict. */
public final class PyModule extends PyObject {
    private final String name;
    private final PyDict dict;

    public PyModule(ThreadState ts, String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.setStrSteal(ts, "__name__", new PyStr(name));
        }
    }

    @Override
    public PyType type() { return BuiltinTypes.MODULE; }

    public String name() { return name; }

    @Override
    public PyDict dict() { return dict; }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        if (attr.equals("__dict__")) {
            ts.incref(dict);
            return dict;
        }
        return Attributes.genericFindAttr(ts, this, attr, dict);
    }

    @Override
    public String repr(ThreadState ts) {
        PyObject file = dict.getStr("__file__");
        if (file instanceof PyStr f) {
            return "<module '" + name + "' from '" + f.value() + "'>";
        }
        return "<module '" + name + "' (built-in)>";
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(dict);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(dict);
    }
}

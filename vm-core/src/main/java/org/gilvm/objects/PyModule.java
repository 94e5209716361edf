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
        PyObject v = Attributes.genericFindAttr(ts, this, attr, dict);
        return v != null ? v : moduleGetattr(ts, attr);
    }

    /**
     * PEP 562: a module's own {@code __getattr__(name)} for names its dict lacks (how
     * {@code concurrent.futures} imports its executors lazily). Its AttributeError means
     * "missing", as for any other attribute.
     */
    private PyObject moduleGetattr(ThreadState ts, String attr) {
        PyObject hook = dict.getStr("__getattr__");
        if (hook == null) {
            return null;
        }
        PyStr name = new PyStr(attr);
        try {
            return Abstract.call(ts, hook, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                ts.decref(e.value);
                return null;
            }
            throw e;
        } finally {
            ts.decref(name);
        }
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

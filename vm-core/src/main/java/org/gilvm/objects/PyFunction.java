package org.gilvm.objects;

import org.gilvm.interp.Calls;
import org.gilvm.interp.ThreadState;

/** A Python function, CPython's {@code PyFunctionObject}: code plus the context to run it in. */
public final class PyFunction extends PyObject {
    public final PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** Positional defaults, or null. */
    public PyTuple defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwDefaults;
    /** Cells for the code's free variables, or null. */
    public final PyCell[] closure;
    public PyObject doc = PyNone.None;
    public PyObject module;
    private PyDict dict;
    public PyDict annotations;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, String qualname, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = qualname;
        this.closure = closure;
        PyObject mod = globals.getStr("__name__");
        this.module = mod == null ? PyNone.None : mod;
    }

    @Override
    public PyType type() { return BuiltinTypes.FUNCTION; }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public boolean isCallable() { return true; }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        return Calls.callFunction(ts, this, argv, off, nargs, kwnames);
    }

    @Override
    public boolean hasDescrGet() { return true; }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType owner) {
        if (obj == null) {
            ts.incref(this);
            return this;
        }
        ts.incref(this);
        ts.incref(obj);
        return new PyBoundMethod(this, obj);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        PyObject v = FunctionAttrs.get(ts, this, attr);
        return v != null ? v : Attributes.genericFindAttr(ts, this, attr, dict);
    }

    @Override
    public void setAttr(ThreadState ts, String attr, PyObject value) {
        if (!FunctionAttrs.set(ts, this, attr, value)) {
            Attributes.genericSetAttr(ts, this, attr, value, dict());
        }
    }

    @Override
    public String repr(ThreadState ts) {
        return "<function " + qualname + " at 0x" + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(defaults);
        ts.decref(kwDefaults);
        ts.decref(dict);
        ts.decref(doc);
        ts.decref(annotations);
        ts.decref(module);
        if (closure != null) {
            for (PyCell c : closure) {
                ts.decref(c);
            }
        }
        ts.decref(globals);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(defaults);
        v.visitNullable(kwDefaults);
        v.visitNullable(dict);
        v.visitNullable(doc);
        v.visitNullable(annotations);
        v.visitNullable(module);
        if (closure != null) {
            for (PyCell c : closure) {
                v.visitNullable(c);
            }
        }
        v.visitNullable(globals);
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor. */
public final class PyProperty extends PyObject {
    final PyObject fget, fset, fdel, doc;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public PyType type() { return BuiltinTypes.PROPERTY; }

    @Override
    public boolean hasDescrGet() { return true; }

    @Override
    public boolean isDataDescriptor() { return true; }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType owner) {
        if (obj == null) {
            ts.incref(this);
            return this;
        }
        if (fget == null) {
            throw Errors.attributeError("property " + nameFor() + "of '" + obj.type().name()
                    + "' object has no getter");
        }
        return Abstract.call(ts, fget, obj);
    }

    @Override
    public void descrSet(ThreadState ts, PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == null) {
            throw Errors.attributeError("property " + nameFor() + "of '" + obj.type().name()
                    + "' object has no " + (value == null ? "deleter" : "setter"));
        }
        ts.decref(value == null ? Abstract.call(ts, f, obj) : Abstract.call(ts, f, obj, value));
    }

    private String nameFor() {
        if (fget instanceof PyFunction f) {
            return "'" + f.name + "' ";
        }
        return "";
    }

    /** A copy with one accessor replaced: {@code @x.setter}. */
    PyProperty with(ThreadState ts, PyObject newGet, PyObject newSet, PyObject newDel) {
        ts.incref(newGet);
        ts.incref(newSet);
        ts.incref(newDel);
        ts.incref(doc);
        return new PyProperty(newGet, newSet, newDel, doc);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        PyObject v = switch (name) {
            case "fget" -> fget;
            case "fset" -> fset;
            case "fdel" -> fdel;
            case "__doc__" -> doc;
            default -> PyNotImplemented.NotImplemented;
        };
        if (v == PyNotImplemented.NotImplemented) {
            return super.findAttr(ts, name);
        }
        v = v == null ? PyNone.None : v;
        ts.incref(v);
        return v;
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(fget);
        ts.decref(fset);
        ts.decref(fdel);
        ts.decref(doc);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(fget);
        v.visitNullable(fset);
        v.visitNullable(fdel);
        v.visitNullable(doc);
    }
}

package org.gilvm.objects;

import org.gilvm.interp.Frame;
import org.gilvm.interp.ThreadState;

/**
 * {@code super(type, obj)} and zero-argument {@code super()}: attribute lookup that starts
 * after {@code type} in the MRO of obj's class (CPython's Objects/typeobject.c super_getattro).
 */
public final class PySuper extends PyObject {
    private final PyType thisClass;
    /** The instance or class the found descriptors bind to (owned); null for unbound super(type). */
    private final PyObject obj;
    /** The type whose MRO is searched: type(obj), or obj itself when obj is a class. */
    private final PyType objType;

    private PySuper(PyType thisClass, PyObject obj, PyType objType) {
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType type() { return BuiltinTypes.SUPER; }

    /** tp_new/tp_init of super, with CPython's checks and messages. */
    static PyObject construct(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("super() takes no keyword arguments");
        }
        if (n > 2) {
            throw Errors.typeError("super() takes at most 2 arguments (" + n + " given)");
        }
        PyObject type;
        PyObject obj;
        if (n == 0) {
            Frame f = ts.frame;
            if (f == null || f.code.argCount == 0) {
                throw Errors.runtimeError("super(): no arguments");
            }
            obj = f.localsPlus[0];
            if (obj instanceof PyCell c && (f.code.localsPlusKinds[0] & PyCode.KIND_CELL) != 0) {
                obj = c.ref;
            }
            if (obj == null) {
                throw Errors.runtimeError("super(): arg[0] deleted");
            }
            type = classCell(f);
        } else {
            type = argv[off];
            obj = n == 2 ? argv[off + 1] : null;
        }
        if (!(type instanceof PyType thisClass)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + type.type().name());
        }
        if (obj == null || obj == PyNone.None && n == 1) {
            return new PySuper(thisClass, null, null);
        }
        PyType objType = checkSuper(thisClass, obj);
        ts.incref(obj);
        return new PySuper(thisClass, obj, objType);
    }

    private static PyType classCell(Frame f) {
        String[] names = f.code.localsPlusNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("__class__") && (f.code.localsPlusKinds[i] & PyCode.KIND_FREE) != 0) {
                PyObject cell = f.localsPlus[i];
                PyObject v = cell instanceof PyCell c ? c.ref : null;
                if (v == null) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                if (!(v instanceof PyType t)) {
                    throw Errors.runtimeError("super(): __class__ is not a type (" + v.type().name() + ")");
                }
                return t;
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }

    /** supercheck: the type whose MRO to search. */
    private static PyType checkSuper(PyType thisClass, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(thisClass)) {
            return ot;
        }
        if (obj.type().isSubtypeOf(thisClass)) {
            return obj.type();
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().getStr(name);
                if (v != null) {
                    if (v.hasDescrGet()) {
                        return v.descrGet(ts, obj == objType ? null : obj, objType);
                    }
                    ts.incref(v);
                    return v;
                }
            }
        }
        return switch (name) {
            case "__thisclass__" -> incref(ts, thisClass);
            case "__self__" -> incref(ts, obj == null ? PyNone.None : obj);
            case "__self_class__" -> incref(ts, objType == null ? PyNone.None : objType);
            default -> Attributes.genericFindAttr(ts, this, name, null);
        };
    }

    private static PyObject incref(ThreadState ts, PyObject o) {
        ts.incref(o);
        return o;
    }

    @Override
    public String repr(ThreadState ts) {
        if (objType != null) {
            return "<super: <class '" + thisClass.name() + "'>, <" + objType.name() + " object>>";
        }
        return "<super: <class '" + thisClass.name() + "'>, NULL>";
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(obj);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(obj);
    }
}

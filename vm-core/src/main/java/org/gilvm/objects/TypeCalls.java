package org.gilvm.objects;

import org.gilvm.interp.Calls;
import org.gilvm.interp.ThreadState;

/** Calling a type and reading its attributes: CPython's type_call and type_getattro. */
final class TypeCalls {
    private TypeCalls() {}

    static PyObject call(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (type == BuiltinTypes.TYPE && nargs == 1 && kwnames == null) {
            PyType t = argv[off].type();
            ts.incref(t);
            return t;
        }
        PyObject obj = construct(ts, type, argv, off, nargs, kwnames);
        if (!obj.type().isSubtypeOf(type)) {
            return obj;
        }
        PyObject init = SpecialMethods.userDefined(type, "__init__");
        if (init != null) {
            PyObject r;
            try {
                r = Calls.callWithSelf(ts, init, obj, argv, off, nargs, kwnames);
            } catch (PyException e) {
                ts.decref(obj);
                throw e;
            }
            if (r != PyNone.None) {
                ts.decref(r);
                ts.decref(obj);
                throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
            }
        } else if (type.isHeapType() && (nargs > 0 || kwnames != null)
                && type.solidBase() == BuiltinTypes.OBJECT
                && SpecialMethods.userDefined(type, "__new__") == null) {
            ts.decref(obj);
            throw Errors.typeError(type.name() + "() takes no arguments");
        }
        return obj;
    }

    /** tp_new: a user {@code __new__}, or the builtin base's constructor. */
    private static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs,
                                      String[] kwnames) {
        PyObject userNew = SpecialMethods.userDefined(type, "__new__");
        if (userNew != null) {
            PyObject f = userNew instanceof PyStaticMethod sm ? sm.func : userNew;
            return Calls.callWithSelf(ts, f, type, argv, off, nargs, kwnames);
        }
        if (type.isHeapType() && type.solidBase() == BuiltinTypes.OBJECT) {
            return newInstance(ts, type);
        }
        PyType.NewFunction nf = type.inheritedNew();
        if (nf == null) {
            throw Errors.typeError("cannot create '" + type.name() + "' instances");
        }
        return nf.construct(ts, type, argv, off, nargs, kwnames);
    }

    /** A new instance of a user class; the strategy learns of it in case it has a __del__. */
    private static PyInstance newInstance(ThreadState ts, PyType cls) {
        ts.incref(cls);
        PyInstance obj = new PyInstance(cls);
        ts.strategy().registerFinalizer(ts, obj);
        return obj;
    }

    /** {@code object.__new__(cls)}: the base allocation for a class's solid base. */
    static PyObject objectNew(ThreadState ts, PyType cls) {
        if (cls.solidBase() == BuiltinTypes.OBJECT) {
            if (cls.isHeapType()) {
                return newInstance(ts, cls);
            }
            if (cls == BuiltinTypes.OBJECT) {
                return new PyObjectInstance();
            }
        }
        return cls.inheritedNew().construct(ts, cls, new PyObject[0], 0, 0, null);
    }

    static PyObject findTypeAttr(ThreadState ts, PyType type, String name) {
        PyObject special = switch (name) {
            case "__name__" -> new PyStr(type.name());
            case "__qualname__" -> new PyStr(type.qualname());
            case "__mro__" -> PyTuple.copyOf(ts, type.mro(), 0, type.mro().length);
            case "__bases__" -> PyTuple.copyOf(ts, type.bases(), 0, type.bases().length);
            case "__base__" -> {
                PyObject b = type.bases().length == 0 ? PyNone.None : type.bases()[0];
                ts.incref(b);
                yield b;
            }
            case "__dict__" -> {
                ts.incref(type.dict());
                yield type.dict();
            }
            case "__class__" -> {
                ts.incref(type.type());
                yield type.type();
            }
            default -> null;
        };
        if (special != null) {
            return special;
        }
        if (name.equals("__module__") && !type.isHeapType()) {
            return new PyStr(type.module() == null ? "builtins" : type.module());
        }
        PyObject v = type.lookup(name);
        if (v != null) {
            if (v.hasDescrGet()) {
                return v.descrGet(ts, null, type);
            }
            ts.incref(v);
            return v;
        }
        if (name.equals("__doc__")) {
            return PyNone.None;
        }
        PyObject meta = BuiltinTypes.TYPE.lookup(name);
        if (meta != null) {
            if (meta.hasDescrGet()) {
                return meta.descrGet(ts, type, BuiltinTypes.TYPE);
            }
            ts.incref(meta);
            return meta;
        }
        return null;
    }
}

package org.gilvm.objects;

import java.lang.reflect.Method;
import org.gilvm.builtins.BuiltinRegistry;
import org.gilvm.builtins.ExposedFunction;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The classmethods ({@code int.from_bytes}, {@code float.fromhex}, {@code bytes.fromhex}) and
 * read-only data attributes ({@code real}, {@code imag}, {@code numerator},
 * {@code denominator}) of the number and bytes types, which {@link TypeSetup}'s scan for
 * instance methods cannot express, the static methods ({@code str.maketrans}), and object's
 * {@code __class__} and {@code __init_subclass__}. Each classmethod's first Java parameter
 * after the ThreadState is the class it was called on.
 */
final class ClassAttributes {
    private ClassAttributes() {}

    /** Called once from {@link Constructors#install}, after the instance methods are in place. */
    static void install() {
        classMethod(BuiltinTypes.INT, "fromBytes");
        classMethod(BuiltinTypes.FLOAT, "floatFromhex");
        classMethod(BuiltinTypes.BYTES, "bytesFromhex");
        classMethod(BuiltinTypes.BYTEARRAY, "byteArrayFromhex");
        attribute(BuiltinTypes.INT, "real", (ts, self) -> IntMethods.exact(ts, (PyInt) self));
        attribute(BuiltinTypes.INT, "imag", (ts, self) -> PyInt.ZERO);
        attribute(BuiltinTypes.INT, "numerator", (ts, self) -> IntMethods.exact(ts, (PyInt) self));
        attribute(BuiltinTypes.INT, "denominator", (ts, self) -> PyInt.ONE);
        attribute(BuiltinTypes.FLOAT, "real", (ts, self) -> FloatMethods.conjugate(ts, (PyFloat) self));
        attribute(BuiltinTypes.FLOAT, "imag", (ts, self) -> new PyFloat(0.0));
        staticMethods(BuiltinTypes.STR, StrTranslate.class);
        staticMethods(BuiltinTypes.BYTES, BytesPadding.class);
        staticMethods(BuiltinTypes.BYTEARRAY, BytesPadding.class);
        PyDict objectDict = BuiltinTypes.OBJECT.dict();
        objectDict.putRaw("__init_subclass__", new PyClassMethod(objectDict.getStr("__init_subclass__")).immortal());
        objectDict.putRaw("__class__", new PyGetSetDescr("__class__", BuiltinTypes.OBJECT, (ts, self) -> {
            PyType t = self.type();
            ts.incref(t);
            return t;
        }, ClassAttributes::setClass).immortal());
        objectDict.putRaw("__new__", new PyBuiltinFunction("__new__", "object.__new__",
                ClassAttributes::objectNew, BuiltinTypes.OBJECT).immortal());
    }

    /**
     * {@code object.__new__(cls, *args, **kwargs)}, which {@code super().__new__(cls)} finds:
     * CPython's tp_new_wrapper checks, then object_new's complaint about extra arguments.
     * {@code argv[off]} is object itself, the bound self.
     */
    private static PyObject objectNew(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (nargs < 2) {
            throw Errors.typeError("object.__new__(): not enough arguments");
        }
        if (!(argv[off + 1] instanceof PyType cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + argv[off + 1].type().name() + ")");
        }
        if (cls.solidBase() != BuiltinTypes.OBJECT) {
            throw Errors.typeError("object.__new__(" + cls.name() + ") is not safe, use "
                    + firstBuiltinNew(cls).name() + ".__new__()");
        }
        if (nargs > 2 || kwnames != null && kwnames.length > 0) {
            if (SpecialMethods.userDefined(cls, "__new__") != null) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (SpecialMethods.userDefined(cls, "__init__") == null) {
                throw Errors.typeError(cls.name() + "() takes no arguments");
            }
        }
        return TypeCalls.objectNew(ts, cls);
    }

    /**
     * CPython's staticbase in tp_new_wrapper: the first class in the MRO whose {@code __new__}
     * is not written in Python (its own or inherited).
     */
    private static PyType firstBuiltinNew(PyType cls) {
        for (PyType t : cls.mro()) {
            if (SpecialMethods.userDefined(t, "__new__") == null) {
                return t;
            }
        }
        return BuiltinTypes.OBJECT;
    }

    /** {@code obj.__class__ = cls}, CPython's object_set_class. */
    private static void setClass(ThreadState ts, PyObject self, PyObject value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType cls)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.type().name() + "' object");
        }
        if (!(self instanceof PyInstance inst)) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        inst.setType(ts, cls);
    }

    @ExposedMethod(name = "from_bytes", sig = "bytes, byteorder='big', *, signed=False")
    static PyObject fromBytes(ThreadState ts, PyType cls, PyObject bytes, PyObject byteorder, boolean signed) {
        return ofClass(ts, cls, BuiltinTypes.INT, IntMethods.fromBytes(ts, bytes, byteorder, signed));
    }

    @ExposedMethod(name = "fromhex")
    static PyObject floatFromhex(ThreadState ts, PyType cls, String s) {
        return ofClass(ts, cls, BuiltinTypes.FLOAT, new PyFloat(FloatMethods.fromhex(s)));
    }

    @ExposedMethod(name = "fromhex")
    static PyObject bytesFromhex(ThreadState ts, PyType cls, String s) {
        return ofClass(ts, cls, BuiltinTypes.BYTES, BytesNew.fromhex(s));
    }

    @ExposedMethod(name = "fromhex")
    static PyObject byteArrayFromhex(ThreadState ts, PyType cls, String s) {
        PyBytes b = BytesNew.fromhex(s);
        PyByteArray r = new PyByteArray(b.value());
        ts.decref(b);
        return ofClass(ts, cls, BuiltinTypes.BYTEARRAY, r);
    }

    /** A subclass gets {@code cls(value)}, as CPython's alternate constructors do. */
    private static PyObject ofClass(ThreadState ts, PyType cls, PyType base, PyObject value) {
        if (cls == base) {
            return value;
        }
        try {
            return Abstract.call(ts, cls, value);
        } finally {
            ts.decref(value);
        }
    }

    private static void classMethod(PyType type, String javaName) {
        for (Method m : ClassAttributes.class.getDeclaredMethods()) {
            if (m.getName().equals(javaName)) {
                ExposedMethod ann = m.getAnnotation(ExposedMethod.class);
                String name = ann.name();
                PyMethodDescr d = new PyMethodDescr(name, type,
                        BuiltinRegistry.adapt(m, type.name() + "." + name, ann.sig(), type.name()));
                type.dict().putRaw(name, new PyClassMethod(d.immortal()).immortal());
                return;
            }
        }
        throw new IllegalStateException("no classmethod " + javaName);
    }

    /** Every {@link ExposedFunction} of cls becomes a staticmethod of type ({@code str.maketrans}). */
    private static void staticMethods(PyType type, Class<?> cls) {
        for (Method m : cls.getDeclaredMethods()) {
            ExposedFunction ann = m.getAnnotation(ExposedFunction.class);
            if (ann == null) {
                continue;
            }
            String name = ann.name().isEmpty() ? TypeSetup.pythonName(m.getName()) : ann.name();
            PyBuiltinFunction f = new PyBuiltinFunction(name, type.name() + "." + name,
                    BuiltinRegistry.adapt(m, name, ann.sig(), null), null);
            type.dict().putRaw(name, new PyStaticMethod(f.immortal()).immortal());
        }
    }

    private interface Getter {
        PyObject get(ThreadState ts, PyObject self);
    }

    private static void attribute(PyType type, String name, Getter getter) {
        PyMethodDescr fget = new PyMethodDescr(name, type, (ts, argv, off, nargs, kw) -> {
            PyObject self = argv[off];
            if (nargs != 1 || !self.type().isSubtypeOf(type)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + type.name() + "' objects doesn't apply to a '"
                        + self.type().name() + "' object");
            }
            return getter.get(ts, self);
        });
        type.dict().putRaw(name, new PyProperty(fget.immortal(), null, null, null).immortal());
    }
}

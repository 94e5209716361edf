package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The methods of {@code object} as Python code sees them ({@code object.__init__(self)},
 * {@code super().__repr__()}). They are the base behaviour, never the dispatching one, so a
 * user override that calls them does not recurse.
 */
final class ObjectMethods {
    private ObjectMethods() {}

    @ExposedMethod(name = "__init__", sig = "*args, **kwargs")
    static void init(ThreadState ts, PyObject self, PyTuple args, PyDict kwargs) {
        if ((args.size() > 0 || kwargs.size() > 0) && SpecialMethods.userDefined(self.type(), "__init__") != null
                && SpecialMethods.userDefined(self.type(), "__new__") == null) {
            throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
    }

    @ExposedMethod(name = "__repr__")
    static String repr(ThreadState ts, PyObject self) {
        PyType t = self.type();
        String mod = t.module();
        String name = mod == null || mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        return "<" + name + " object at 0x" + Long.toHexString(ts.interp.ids.idOf(self)) + ">";
    }

    @ExposedMethod(name = "__str__")
    static String str(ThreadState ts, PyObject self) {
        return self.repr(ts);
    }

    @ExposedMethod(name = "__hash__")
    static long hash(ThreadState ts, PyObject self) {
        return System.identityHashCode(self);
    }

    @ExposedMethod(name = "__eq__")
    static PyObject eq(ThreadState ts, PyObject self, PyObject other) {
        return self == other ? PyBool.True : PyNotImplemented.NotImplemented;
    }

    @ExposedMethod(name = "__ne__")
    static PyObject ne(ThreadState ts, PyObject self, PyObject other) {
        PyObject eq = Abstract.richCompare(ts, self, other, CompareOp.EQ);
        if (eq == PyNotImplemented.NotImplemented) {
            return eq;
        }
        boolean t = eq.isTrue(ts);
        ts.decref(eq);
        return PyBool.of(!t);
    }

    @ExposedMethod(name = "__getattribute__")
    static PyObject getattribute(ThreadState ts, PyObject self, String name) {
        PyObject v = Attributes.genericFindAttr(ts, self, name, null);
        if (v == null) {
            throw Errors.noAttribute(ts, self, name);
        }
        return v;
    }

    @ExposedMethod(name = "__setattr__")
    static void setattr(ThreadState ts, PyObject self, String name, PyObject value) {
        Attributes.genericSetAttr(ts, self, name, value, null);
    }

    @ExposedMethod(name = "__delattr__")
    static void delattr(ThreadState ts, PyObject self, String name) {
        Attributes.genericSetAttr(ts, self, name, null, null);
    }

    @ExposedMethod(name = "__format__")
    static PyObject format(ThreadState ts, PyObject self, String spec) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
        }
        return new PyStr(self.str(ts));
    }

    /** A classmethod (wrapped by {@link ClassAttributes}): self is the new class. */
    @ExposedMethod(name = "__init_subclass__", sig = "*args, **kwargs")
    static void initSubclass(ThreadState ts, PyObject cls, PyTuple args, PyDict kwargs) {
        String name = cls instanceof PyType t ? t.name() : cls.type().name();
        if (kwargs.size() > 0) {
            throw Errors.typeError(name + ".__init_subclass__() takes no keyword arguments");
        }
        if (args.size() > 0) {
            throw Errors.typeError(name + ".__init_subclass__() takes no arguments (" + args.size() + " given)");
        }
    }
}

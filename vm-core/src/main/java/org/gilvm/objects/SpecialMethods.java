package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Finding and calling dunder methods on a type, CPython's {@code lookup_maybe_method} and
 * {@code vectorcall_method}: special methods are looked up on the type, never the instance.
 */
public final class SpecialMethods {
    private SpecialMethods() {}

    /** Whether the first definition of {@code name} along type's MRO is in a user class. */
    public static boolean overrides(PyType type, String name) {
        if (!type.isHeapType()) {
            return false;
        }
        for (PyType t : type.mro()) {
            if (t.dict().getStr(name) != null) {
                return t.isHeapType();
            }
        }
        return false;
    }

    /** The user-defined (heap type) definition of name, borrowed, or null. */
    public static PyObject userDefined(PyType type, String name) {
        if (!type.isHeapType()) {
            return null;
        }
        for (PyType t : type.mro()) {
            PyObject v = t.dict().getStr(name);
            if (v != null) {
                return t.isHeapType() ? v : null;
            }
        }
        return null;
    }

    /** Calls {@code type(self).name(self, *args)}; null if the type has no such attribute. */
    public static PyObject callOptional(ThreadState ts, PyObject self, String name, PyObject... args) {
        PyObject m = self.type().lookup(name);
        if (m == null) {
            return null;
        }
        return callMethod(ts, m, self, args);
    }

    /** Calls a method found on self's type with self as its first argument. */
    public static PyObject callMethod(ThreadState ts, PyObject method, PyObject self, PyObject... args) {
        if (method instanceof PyFunction || method instanceof PyMethodDescr) {
            PyObject[] argv = new PyObject[args.length + 1];
            argv[0] = self;
            System.arraycopy(args, 0, argv, 1, args.length);
            return method.call(ts, argv, 0, argv.length, null);
        }
        PyObject bound = method.hasDescrGet() ? method.descrGet(ts, self, self.type()) : method;
        if (bound == method) {
            ts.incref(bound);
        }
        try {
            return bound.call(ts, args, 0, args.length, null);
        } finally {
            ts.decref(bound);
        }
    }

    /** Calls a user-defined dunder, which must exist. */
    public static PyObject call(ThreadState ts, PyObject self, String name, PyObject... args) {
        PyObject r = callOptional(ts, self, name, args);
        if (r == null) {
            throw Errors.noAttribute(ts, self, name);
        }
        return r;
    }

    /** A dunder's result as a Java string, checked to be a str like CPython's repr/str. */
    public static String callForString(ThreadState ts, PyObject self, PyObject method, String what) {
        PyObject r = callMethod(ts, method, self);
        try {
            if (r instanceof PyStr s) {
                return s.value();
            }
            throw Errors.typeError(what + " returned non-string (type " + r.type().name() + ")");
        } finally {
            ts.decref(r);
        }
    }
}

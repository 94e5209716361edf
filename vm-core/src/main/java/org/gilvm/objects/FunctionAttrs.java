package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** The special attributes of functions: __name__, __qualname__, __defaults__, __code__... */
final class FunctionAttrs {
    private FunctionAttrs() {}

    /** The attribute as a new reference, or null if it is not a special one. */
    static PyObject get(ThreadState ts, PyFunction f, String attr) {
        switch (attr) {
            case "__name__":
                return new PyStr(f.name);
            case "__qualname__":
                return new PyStr(f.qualname);
            case "__closure__":
                return f.closure == null ? PyNone.None : PyTuple.copyOf(ts, f.closure, 0, f.closure.length);
            default:
                break;
        }
        PyObject borrowed = switch (attr) {
            case "__code__" -> f.code;
            case "__globals__" -> f.globals;
            case "__defaults__" -> f.defaults == null ? PyNone.None : f.defaults;
            case "__kwdefaults__" -> f.kwDefaults == null ? PyNone.None : f.kwDefaults;
            case "__doc__" -> f.doc;
            case "__module__" -> f.module;
            case "__dict__" -> f.dict();
            case "__annotations__" -> {
                if (f.annotations == null) {
                    f.annotations = new PyDict();
                }
                yield f.annotations;
            }
            default -> null;
        };
        ts.incref(borrowed);
        return borrowed;
    }

    static boolean set(ThreadState ts, PyFunction f, String attr, PyObject value) {
        switch (attr) {
            case "__name__" -> f.name = requireStr(attr, value);
            case "__qualname__" -> f.qualname = requireStr(attr, value);
            case "__doc__" -> {
                ts.incref(value);
                PyObject old = f.doc;
                f.doc = value;
                ts.decref(old);
            }
            case "__module__" -> {
                ts.incref(value);
                PyObject old = f.module;
                f.module = value;
                ts.decref(old);
            }
            case "__defaults__" -> {
                PyTuple old = f.defaults;
                if (value == PyNone.None) {
                    f.defaults = null;
                } else if (value instanceof PyTuple t) {
                    ts.incref(t);
                    f.defaults = t;
                } else {
                    throw Errors.typeError("__defaults__ must be set to a tuple object");
                }
                ts.decref(old);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String requireStr(String attr, PyObject value) {
        if (value instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError(attr + " must be set to a string object");
    }
}

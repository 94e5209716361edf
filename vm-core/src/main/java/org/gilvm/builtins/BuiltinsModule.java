package org.gilvm.builtins;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinBody;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.gilvm.objects.SpecialMethods;

/**
 * The {@code builtins} module's functions, CPython's {@code Python/bltinmodule.c}. The
 * builtin types and exceptions are added by the interpreter's module loader, not here.
 *
 * <h2>Layout</h2>
 * One module, several classes by concern: this one (objects, attributes, types),
 * {@link BuiltinsIteration} (iter, next, min, max, sum, sorted, any, all),
 * {@link BuiltinsNumbers} (abs, divmod, pow, round, ord, chr, hex...),
 * {@link BuiltinsIO} (print, input, open) and {@link BuiltinsNamespace} (vars, dir, globals,
 * locals, format). Only this class carries {@link ExposedModule}; {@link #init} fills the
 * module's dict from the others, so {@link ModuleTable} lists one class per module.
 *
 * <h2>Two ways to declare a function</h2>
 * Most are {@link ExposedFunction}s. The functions CPython declares METH_FASTCALL with a
 * hand-written arity check ({@code isinstance expected 2 arguments, got 1}) are raw
 * vectorcall {@link BuiltinBody}s registered by {@link #register}: that keeps CPython's
 * error texts and spares the hottest builtins (isinstance, getattr, next, min, max) the
 * argument-binding step.
 */
@ExposedModule(name = "builtins")
public final class BuiltinsModule {
    private BuiltinsModule() {}

    static void init(ThreadState ts, PyDict dict) {
        register(ts, dict, "isinstance", BuiltinsModule::isinstance);
        register(ts, dict, "issubclass", BuiltinsModule::issubclass);
        register(ts, dict, "getattr", BuiltinsModule::getattr);
        BuiltinsIteration.register(ts, dict);
        BuiltinsNumbers.register(ts, dict);
        BuiltinsIO.register(ts, dict);
        BuiltinsNamespace.register(ts, dict);
    }

    /** Adds a raw vectorcall function to a module dict. */
    static void register(ThreadState ts, PyDict dict, String name, BuiltinBody body) {
        dict.setStrSteal(ts, name, new PyBuiltinFunction(name, name, body, null));
    }

    /** CPython's _PyArg_CheckPositional: "NAME expected [at least |at most ]N argument(s), got M". */
    static void checkArity(String name, int nargs, int min, int max) {
        if (nargs < min) {
            throw Errors.typeError(name + " expected " + (min != max ? "at least " : "") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + nargs);
        }
        if (nargs > max) {
            throw Errors.typeError(name + " expected " + (min != max ? "at most " : "") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + nargs);
        }
    }

    /** CPython's _PyArg_NoKwnames. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** An attribute name argument: CPython's "attribute name must be string" check. */
    static String attrName(PyObject name) {
        if (name instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError("attribute name must be string, not '" + name.type().name() + "'");
    }

    // ---- objects --------------------------------------------------------------------

    @ExposedFunction
    static long len(ThreadState ts, PyObject o) {
        return o.len(ts);
    }

    @ExposedFunction
    static PyObject repr(ThreadState ts, PyObject o) {
        return new PyStr(o.repr(ts));
    }

    /** {@code ascii(o)}: the repr with non-ASCII characters escaped as backslash-x, -u and -U sequences. */
    @ExposedFunction
    static PyObject ascii(ThreadState ts, PyObject o) {
        String r = o.repr(ts);
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(r.length() + 16).append(r, 0, i);
                }
                if (cp <= 0xff) {
                    sb.append("\\x").append(hexDigits(cp, 2));
                } else if (cp <= 0xffff) {
                    sb.append("\\u").append(hexDigits(cp, 4));
                } else {
                    sb.append("\\U").append(hexDigits(cp, 8));
                }
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i += n;
        }
        return new PyStr(sb == null ? r : sb.toString());
    }

    private static String hexDigits(int v, int width) {
        String h = Integer.toHexString(v);
        return "0".repeat(width - h.length()) + h;
    }

    @ExposedFunction
    static long id(ThreadState ts, PyObject o) {
        return ts.interp.ids.idOf(o);
    }

    @ExposedFunction
    static long hash(ThreadState ts, PyObject o) {
        return Abstract.hash(ts, o);
    }

    @ExposedFunction
    static boolean callable(ThreadState ts, PyObject o) {
        return o.isCallable();
    }

    // ---- attributes -----------------------------------------------------------------

    /** {@code getattr(object, name[, default])}. */
    static PyObject getattr(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        noKeywords("getattr", kwnames);
        checkArity("getattr", nargs, 2, 3);
        PyObject o = argv[off];
        String name = attrName(argv[off + 1]);
        if (nargs == 2) {
            return Abstract.getAttr(ts, o, name);
        }
        PyObject v;
        try {
            v = o.findAttr(ts, name);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            ts.decref(e.value);
            v = null;
        }
        if (v == null) {
            v = argv[off + 2];
            ts.incref(v);
        }
        return v;
    }

    @ExposedFunction
    static boolean hasattr(ThreadState ts, PyObject o, PyObject name) {
        String n = attrName(name);
        try {
            PyObject v = o.findAttr(ts, n);
            ts.decref(v);
            return v != null;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                ts.decref(e.value);
                return false;
            }
            throw e;
        }
    }

    @ExposedFunction
    static void setattr(ThreadState ts, PyObject o, PyObject name, PyObject value) {
        o.setAttr(ts, attrName(name), value);
    }

    @ExposedFunction
    static void delattr(ThreadState ts, PyObject o, PyObject name) {
        o.delAttr(ts, attrName(name));
    }

    // ---- types ----------------------------------------------------------------------

    /** {@code isinstance(obj, classinfo)}, CPython's object_isinstance. */
    static PyObject isinstance(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        noKeywords("isinstance", kwnames);
        checkArity("isinstance", nargs, 2, 2);
        return PyBool.of(isInstance(ts, argv[off], argv[off + 1], 0));
    }

    /** {@code isinstance(o, classinfo)} as a Java boolean; tuples nest. */
    public static boolean isInstance(ThreadState ts, PyObject o, PyObject classinfo, int depth) {
        if (classinfo instanceof PyType t) {
            return o.type().isSubtypeOf(t);
        }
        PyTuple items = classInfoItems(ts, classinfo);
        if (items != null) {
            try {
                checkDepth(ts, depth);
                for (PyObject c : items.array()) {
                    if (isInstance(ts, o, c, depth + 1)) {
                        return true;
                    }
                }
                return false;
            } finally {
                ts.decref(items);
            }
        }
        PyObject check = classinfo.type().lookup("__instancecheck__");
        if (check != null) {
            PyObject r = SpecialMethods.callMethod(ts, check, classinfo, o);
            try {
                return Abstract.isTrue(ts, r);
            } finally {
                ts.decref(r);
            }
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** {@code issubclass(cls, classinfo)}, CPython's object_issubclass. */
    static PyObject issubclass(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        noKeywords("issubclass", kwnames);
        checkArity("issubclass", nargs, 2, 2);
        return PyBool.of(isSubclass(ts, argv[off], argv[off + 1], 0));
    }

    public static boolean isSubclass(ThreadState ts, PyObject cls, PyObject classinfo, int depth) {
        if (classinfo instanceof PyType t && cls instanceof PyType c) {
            return c.isSubtypeOf(t);
        }
        PyTuple items = classInfoItems(ts, classinfo);
        if (items != null) {
            try {
                checkDepth(ts, depth);
                for (PyObject c : items.array()) {
                    if (isSubclass(ts, cls, c, depth + 1)) {
                        return true;
                    }
                }
                return false;
            } finally {
                ts.decref(items);
            }
        }
        PyObject check = classinfo instanceof PyType ? null : classinfo.type().lookup("__subclasscheck__");
        if (check != null) {
            PyObject r = SpecialMethods.callMethod(ts, check, classinfo, cls);
            try {
                return Abstract.isTrue(ts, r);
            } finally {
                ts.decref(r);
            }
        }
        if (!(cls instanceof PyType)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** The alternatives of a tuple or a {@code types.UnionType} ({@code int | str}) as a new tuple, else null. */
    private static PyTuple classInfoItems(ThreadState ts, PyObject classinfo) {
        if (classinfo instanceof PyTuple t) {
            ts.incref(t);
            return t;
        }
        if (classinfo.type().name().equals("UnionType")) {
            PyObject args = classinfo.findAttr(ts, "__args__");
            if (args instanceof PyTuple t) {
                return t;
            }
            ts.decref(args);
        }
        return null;
    }

    /** Deeply nested classinfo tuples recurse in C too: CPython's Py_EnterRecursiveCall. */
    private static void checkDepth(ThreadState ts, int depth) {
        if (depth > ts.interp.recursionLimit()) {
            throw Errors.recursionError("maximum recursion depth exceeded in __instancecheck__");
        }
    }
}

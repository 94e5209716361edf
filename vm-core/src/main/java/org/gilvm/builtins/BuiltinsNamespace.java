package org.gilvm.builtins;

import java.util.TreeSet;
import org.gilvm.interp.Frame;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.FormatSpec;
import org.gilvm.objects.PyCell;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;
import org.gilvm.objects.SpecialMethods;

/**
 * The namespace builtins of {@code builtins}: vars, dir, globals, locals, and format. The
 * no-argument forms read the calling Python frame ({@link ThreadState#frame}: builtins run
 * without a frame of their own). See {@link BuiltinsModule} for how these are registered.
 */
final class BuiltinsNamespace {
    private BuiltinsNamespace() {}

    static void register(ThreadState ts, PyDict dict) {
        ModuleFactory.fill(ts, BuiltinsNamespace.class, null, dict);
        BuiltinsModule.register(ts, dict, "vars", BuiltinsNamespace::vars);
        BuiltinsModule.register(ts, dict, "dir", BuiltinsNamespace::dir);
        BuiltinsModule.register(ts, dict, "format", BuiltinsNamespace::format);
    }

    private static Frame callerFrame(ThreadState ts, String what) {
        Frame f = ts.frame;
        if (f == null) {
            throw Errors.of(ExceptionTypes.SYSTEM_ERROR, what + "(): no current frame");
        }
        return f;
    }

    @ExposedFunction
    static PyObject globals(ThreadState ts) {
        PyDict g = callerFrame(ts, "globals").globals;
        ts.incref(g);
        return g;
    }

    /**
     * {@code locals()}: the namespace dict of a module or class body, or for a function a
     * snapshot of its fast locals with cells read through (CPython's PyFrame_FastToLocals).
     */
    @ExposedFunction
    static PyObject locals(ThreadState ts) {
        Frame f = callerFrame(ts, "locals");
        if (f.locals != null) {
            ts.incref(f.locals);
            return f.locals;
        }
        PyCode code = f.code;
        PyDict d = new PyDict();
        for (int i = 0; i < code.nLocalsPlus; i++) {
            PyObject v = f.localsPlus[i];
            if (v instanceof PyCell cell && (code.localsPlusKinds[i] & (PyCode.KIND_CELL | PyCode.KIND_FREE)) != 0) {
                v = cell.ref;
            }
            if (v != null) {
                d.setStr(ts, code.localsPlusNames[i], v);
            }
        }
        return d;
    }

    /** {@code vars([object])}: the object's {@code __dict__}, or locals(). */
    static PyObject vars(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.noKeywords("vars", kwnames);
        BuiltinsModule.checkArity("vars", nargs, 0, 1);
        if (nargs == 0) {
            return locals(ts);
        }
        PyObject o = argv[off];
        PyObject d = o.findAttr(ts, "__dict__");
        if (d == null && !(o instanceof PyType)) {
            d = o.dict();
            ts.incref(d);
        }
        if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    /** {@code dir([object])}: a sorted list of names, CPython's PyObject_Dir. */
    static PyObject dir(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.noKeywords("dir", kwnames);
        BuiltinsModule.checkArity("dir", nargs, 0, 1);
        TreeSet<String> names = new TreeSet<>(PyStr::compareCodePoints);
        if (nargs == 0) {
            PyObject loc = locals(ts);
            try {
                addKeys(names, (PyDict) loc);
            } finally {
                ts.decref(loc);
            }
            return toList(names);
        }
        PyObject o = argv[off];
        PyObject custom = SpecialMethods.userDefined(o.type(), "__dir__");
        if (custom != null) {
            PyObject r = SpecialMethods.callMethod(ts, custom, o);
            try {
                PyList list = Abstract.toList(ts, r);
                try {
                    ts.decref(BuiltinTypes.LIST.lookup("sort").call(ts, new PyObject[] {list}, 0, 1, null));
                } catch (PyException e) {
                    ts.decref(list);
                    throw e;
                }
                return list;
            } finally {
                ts.decref(r);
            }
        }
        if (o instanceof PyModule m) {
            addKeys(names, m.dict());
        } else if (o instanceof PyType t) {
            addClassNames(names, t);
        } else {
            PyDict d = o.dict();
            if (d != null) {
                addKeys(names, d);
            }
            addClassNames(names, o.type());
        }
        return toList(names);
    }

    private static void addClassNames(TreeSet<String> names, PyType t) {
        for (PyType c : t.mro()) {
            addKeys(names, c.dict());
        }
    }

    private static void addKeys(TreeSet<String> names, PyDict d) {
        for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
            if (d.keyAt(p) instanceof PyStr s) {
                names.add(s.value());
            }
        }
    }

    private static PyList toList(TreeSet<String> names) {
        PyList list = new PyList();
        for (String n : names) {
            list.appendOwned(new PyStr(n));
        }
        return list;
    }

    /** {@code format(value, format_spec='')}. */
    static PyObject format(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.noKeywords("format", kwnames);
        BuiltinsModule.checkArity("format", nargs, 1, 2);
        String spec = "";
        if (nargs == 2) {
            if (!(argv[off + 1] instanceof PyStr s)) {
                throw Errors.typeError("format() argument 2 must be str, not " + argv[off + 1].type().name());
            }
            spec = s.value();
        }
        return new PyStr(FormatSpec.format(ts, argv[off], spec));
    }
}

package org.gilvm.subinterp;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.StrRepr;
import org.gilvm.objects.PyTuple;

/**
 * Functions and classes copied by name, as pickle copies them: the sender checks that
 * {@code module.qualname} finds the very same object again (so that the receiver, importing
 * the same module, finds its own copy of it), the receiver imports the module and walks the
 * dotted name. Error texts are those of CPython 3.11's {@code _pickle.c} ({@code save_global},
 * {@code whichmodule}, {@code get_dotted_path}) and of its unpickler.
 */
final class GlobalNames {
    private GlobalNames() {}

    record Name(String module, String qualname) {}

    /** The name {@code o} is found under; raises pickle's errors when it is not. */
    static Name of(ThreadState ts, PyObject o) {
        String qualname = strAttr(ts, o, "__qualname__");
        if (qualname == null) {
            qualname = strAttr(ts, o, "__name__");
        }
        if (qualname == null) {
            throw Errors.typeError("cannot pickle '" + SnapshotWriter.typeName(o.type()) + "' object");
        }
        String[] path = qualname.split("\\.", -1);
        for (String part : path) {
            if (part.equals("<locals>")) {
                throw Errors.attributeError("Can't pickle local object " + StrRepr.repr(qualname));
            }
        }
        String module = whichModule(ts, o, path);
        PyObject m;
        try {
            m = importModule(ts, module);
        } catch (PyException e) {
            ts.decref(e.value);
            throw PickleErrors.pickling(ts, "Can't pickle " + o.repr(ts) + ": import of module "
                    + StrRepr.repr(module) + " failed");
        }
        PyObject found = deepAttribute(ts, m, path);
        ts.decref(m);
        if (found == null) {
            throw PickleErrors.pickling(ts, "Can't pickle " + o.repr(ts) + ": attribute lookup " + qualname + " on "
                    + module + " failed");
        }
        ts.decref(found);
        if (found != o) {
            throw PickleErrors.pickling(ts, "Can't pickle " + o.repr(ts) + ": it's not the same object as "
                    + module + "." + qualname);
        }
        return new Name(module, qualname);
    }

    /**
     * The receiver's side: imports {@code module} and returns {@code module.qualname}, a new
     * reference; AttributeError as the unpickler words it when there is none.
     */
    static PyObject resolve(ThreadState ts, String module, String qualname) {
        PyObject m = importModule(ts, module);
        try {
            PyObject found = deepAttribute(ts, m, qualname.split("\\.", -1));
            if (found == null) {
                throw Errors.attributeError("Can't get attribute " + StrRepr.repr(qualname) + " on " + m.repr(ts));
            }
            return found;
        } finally {
            ts.decref(m);
        }
    }

    /** {@code __module__}, or the first module in sys.modules that has the object under its name. */
    private static String whichModule(ThreadState ts, PyObject o, String[] path) {
        PyObject m = o.findAttr(ts, "__module__");
        if (m != null) {
            try {
                if (m != PyNone.None) {
                    return m.str(ts);
                }
            } finally {
                ts.decref(m);
            }
        }
        PyDict modules = ts.interp.modules();
        PyDict copy = modules.copy(ts);
        try {
            for (int p = copy.nextEntry(0); p >= 0; p = copy.nextEntry(p + 1)) {
                PyObject name = copy.keyAt(p);
                PyObject module = copy.valueAt(p);
                if (name instanceof PyStr s && s.value().equals("__main__") || module == PyNone.None) {
                    continue;
                }
                PyObject candidate = deepAttribute(ts, module, path);
                if (candidate != null) {
                    ts.decref(candidate);
                    if (candidate == o && name instanceof PyStr s) {
                        return s.value();
                    }
                }
            }
        } finally {
            ts.decref(copy);
        }
        return "__main__";
    }

    /** The module itself (not its top-level package), as {@code sys.modules[name]} after the import. */
    private static PyObject importModule(ThreadState ts, String name) {
        PyTuple fromList = PyTuple.of(PyStr.intern("__name__"));
        try {
            return ts.interp.loader().importModule(ts, name, fromList, 0, null);
        } finally {
            ts.decref(fromList);
        }
    }

    /** {@code getattr} along a dotted path: a new reference, or null when a step is missing. */
    private static PyObject deepAttribute(ThreadState ts, PyObject start, String[] path) {
        PyObject cur = start;
        ts.incref(cur);
        for (String part : path) {
            PyObject next;
            try {
                next = cur.findAttr(ts, part);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    ts.decref(cur);
                    throw e;
                }
                ts.decref(e.value);
                next = null;
            }
            ts.decref(cur);
            if (next == null) {
                return null;
            }
            cur = next;
        }
        return cur;
    }

    private static String strAttr(ThreadState ts, PyObject o, String name) {
        PyObject v = o.findAttr(ts, name);
        if (v == null) {
            return null;
        }
        try {
            return v instanceof PyStr s ? s.value() : null;
        } finally {
            ts.decref(v);
        }
    }
}

package org.gilvm.interp;

import static org.gilvm.bytecode.Op.*;

import org.gilvm.objects.DictUpdate;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.FormatSpec;
import org.gilvm.objects.PyCell;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PySlice;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.StrRepr;

/** Instructions that build objects: containers, strings, slices and functions. */
final class EvalBuild {
    private EvalBuild() {}

    static int execute(ThreadState ts, Frame f, PyObject[] s, int sp, int op, int arg) {
        return switch (op) {
            case BUILD_TUPLE -> buildTuple(s, sp, arg);
            case BUILD_LIST -> buildList(s, sp, arg);
            case BUILD_SET -> buildSet(ts, s, sp, arg);
            case BUILD_MAP -> buildMap(ts, s, sp, arg);
            case BUILD_CONST_KEY_MAP -> buildConstKeyMap(ts, s, sp, arg);
            case BUILD_STRING -> buildString(ts, s, sp, arg);
            case BUILD_SLICE -> buildSlice(s, sp, arg);
            case LIST_APPEND -> {
                // The list is a comprehension's or display's, reachable only from this frame's
                // stack until it is finished: no lock (CPython 3.13t's LIST_APPEND takes none).
                ((PyList) s[sp - 1 - arg]).appendOwned(s[sp - 1]);
                s[sp - 1] = null;
                yield sp - 1;
            }
            case SET_ADD -> {
                ((PySet) s[sp - 1 - arg]).add(ts, s[sp - 1]);
                yield EvalOps.pop(ts, s, sp);
            }
            case MAP_ADD -> {
                ((PyDict) s[sp - 2 - arg]).put(ts, s[sp - 2], s[sp - 1]);
                yield EvalOps.pop(ts, s, EvalOps.pop(ts, s, sp));
            }
            case LIST_EXTEND -> listExtend(ts, s, sp, arg);
            case SET_UPDATE -> {
                ((PySet) s[sp - 1 - arg]).update(ts, s[sp - 1]);
                yield EvalOps.pop(ts, s, sp);
            }
            case DICT_UPDATE -> dictUpdate(ts, s, sp, arg);
            case DICT_MERGE -> EvalCalls.dictMerge(ts, s, sp, arg);
            case LIST_TO_TUPLE -> {
                PyList l = (PyList) s[sp - 1];
                yield EvalOps.replaceTop(ts, s, sp, PyTuple.copyOf(ts, l.array(), 0, l.size()));
            }
            case FORMAT_VALUE -> formatValue(ts, s, sp, arg);
            case MAKE_FUNCTION -> makeFunction(ts, f, s, sp, arg);
            default -> EvalMisc.execute(ts, f, s, sp, op, arg);
        };
    }

    /** BUILD_TUPLE n: the top n items, in order, into a tuple (their references move). */
    private static int buildTuple(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        sp -= n;
        System.arraycopy(s, sp, items, 0, n);
        java.util.Arrays.fill(s, sp, sp + n, null);
        s[sp] = n == 0 ? PyTuple.EMPTY : PyTuple.of(items);
        return sp + 1;
    }

    private static int buildList(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[Math.max(n, 4)];
        sp -= n;
        System.arraycopy(s, sp, items, 0, n);
        java.util.Arrays.fill(s, sp, sp + n, null);
        s[sp] = new PyList(items, n);
        return sp + 1;
    }

    private static int buildSet(ThreadState ts, PyObject[] s, int sp, int n) {
        PySet set = new PySet();
        try {
            for (int i = sp - n; i < sp; i++) {
                set.add(ts, s[i]);
            }
        } catch (PyException e) {
            ts.decref(set);
            throw e;
        }
        for (int i = 0; i < n; i++) {
            sp = EvalOps.pop(ts, s, sp);
        }
        s[sp] = set;
        return sp + 1;
    }

    /** BUILD_MAP n: n key/value pairs, the first pair deepest. */
    private static int buildMap(ThreadState ts, PyObject[] s, int sp, int n) {
        PyDict d = new PyDict(n);
        try {
            for (int i = sp - 2 * n; i < sp; i += 2) {
                d.put(ts, s[i], s[i + 1]);
            }
        } catch (PyException e) {
            ts.decref(d);
            throw e;
        }
        for (int i = 0; i < 2 * n; i++) {
            sp = EvalOps.pop(ts, s, sp);
        }
        s[sp] = d;
        return sp + 1;
    }

    /** BUILD_CONST_KEY_MAP n: n values, then a tuple of n keys on top. */
    private static int buildConstKeyMap(ThreadState ts, PyObject[] s, int sp, int n) {
        PyTuple keys = (PyTuple) s[sp - 1];
        PyDict d = new PyDict(n);
        try {
            for (int i = 0; i < n; i++) {
                d.put(ts, keys.get(i), s[sp - 1 - n + i]);
            }
        } catch (PyException e) {
            ts.decref(d);
            throw e;
        }
        for (int i = 0; i <= n; i++) {
            sp = EvalOps.pop(ts, s, sp);
        }
        s[sp] = d;
        return sp + 1;
    }

    private static int buildString(ThreadState ts, PyObject[] s, int sp, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = sp - n; i < sp; i++) {
            sb.append(((PyStr) s[i]).value());
        }
        for (int i = 0; i < n; i++) {
            sp = EvalOps.pop(ts, s, sp);
        }
        s[sp] = sb.isEmpty() ? PyStr.EMPTY : new PyStr(sb.toString());
        return sp + 1;
    }

    /** BUILD_SLICE 2|3: {@code [start, stop(, step)] -> [slice]}; the slice takes the references. */
    private static int buildSlice(PyObject[] s, int sp, int n) {
        sp -= n;
        PyObject step = n == 3 ? s[sp + 2] : PyNone.None;
        PySlice slice = new PySlice(s[sp], s[sp + 1], step);
        java.util.Arrays.fill(s, sp, sp + n, null);
        s[sp] = slice;
        return sp + 1;
    }

    /** LIST_EXTEND i: {@code list.extend(TOS)} for the list i below, with the unpacking error text. */
    private static int listExtend(ThreadState ts, PyObject[] s, int sp, int i) {
        PyObject iterable = s[sp - 1];
        PyList list = (PyList) s[sp - 1 - i];
        PyList items;
        try {
            items = org.gilvm.objects.Abstract.toList(ts, iterable);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR) && iterable.type().lookup("__iter__") == null
                    && iterable.type().lookup("__getitem__") == null) {
                ts.decref(e.value);
                throw Errors.typeError("Value after * must be an iterable, not " + iterable.type().name());
            }
            throw e;
        }
        // items is a private copy, and list is still private to this frame (see LIST_APPEND).
        for (int k = 0; k < items.size(); k++) {
            PyObject x = items.get(k);
            ts.incref(x);
            list.appendOwned(x);
        }
        ts.decref(items);
        return EvalOps.pop(ts, s, sp);
    }

    private static int dictUpdate(ThreadState ts, PyObject[] s, int sp, int i) {
        PyObject other = s[sp - 1];
        if (!(other instanceof PyDict) && other.type().lookup("keys") == null) {
            throw Errors.typeError("'" + other.type().name() + "' object is not a mapping");
        }
        DictUpdate.update(ts, (PyDict) s[sp - 1 - i], other);
        return EvalOps.pop(ts, s, sp);
    }

    /** FORMAT_VALUE: an f-string replacement field, with conversion (!s !r !a) and spec. */
    private static int formatValue(ThreadState ts, PyObject[] s, int sp, int flags) {
        boolean haveSpec = (flags & 4) != 0;
        String spec = haveSpec ? ((PyStr) s[sp - 1]).value() : "";
        int vi = haveSpec ? sp - 2 : sp - 1;
        PyObject value = s[vi];
        PyObject result;
        int conv = flags & 3;
        if (conv == 0 && spec.isEmpty() && value.getClass() == PyStr.class) {
            ts.incref(value);
            result = value;
        } else {
            PyObject converted = value;
            if (conv != 0) {
                String text = switch (conv) {
                    case 1 -> value.str(ts);
                    case 2 -> value.repr(ts);
                    default -> StrRepr.ascii(value.repr(ts));
                };
                converted = new PyStr(text);
            }
            try {
                result = new PyStr(FormatSpec.format(ts, converted, spec));
            } finally {
                if (converted != value) {
                    ts.decref(converted);
                }
            }
        }
        if (haveSpec) {
            sp = EvalOps.pop(ts, s, sp);
        }
        return EvalOps.replaceTop(ts, s, sp, result);
    }

    /**
     * MAKE_FUNCTION flags: {@code [defaults?, kwdefaults?, annotations?, closure?, code] ->
     * [function]}; the function takes the references.
     */
    private static int makeFunction(ThreadState ts, Frame f, PyObject[] s, int sp, int flags) {
        PyCode code = (PyCode) s[--sp];
        s[sp] = null;
        PyCell[] closure = null;
        if ((flags & 0x08) != 0) {
            PyTuple cells = (PyTuple) s[--sp];
            s[sp] = null;
            closure = new PyCell[cells.size()];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = (PyCell) cells.get(i);
                ts.incref(closure[i]);
            }
            ts.decref(cells);
        }
        ts.incref(f.globals);
        PyFunction fn = new PyFunction(code, f.globals, f.builtins, code.qualname, closure);
        ts.incref(fn.module);
        if ((flags & 0x04) != 0) {
            PyObject ann = s[--sp];
            s[sp] = null;
            ts.decref(ann);
        }
        if ((flags & 0x02) != 0) {
            fn.kwDefaults = (PyDict) s[--sp];
            s[sp] = null;
        }
        if ((flags & 0x01) != 0) {
            fn.defaults = (PyTuple) s[--sp];
            s[sp] = null;
        }
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr doc && !code.name.equals("<lambda>")
                && (code.flags & PyCode.CO_OPTIMIZED) != 0) {
            ts.incref(doc);
            fn.doc = doc;
        }
        ts.decref(code);
        s[sp] = fn;
        return sp + 1;
    }
}

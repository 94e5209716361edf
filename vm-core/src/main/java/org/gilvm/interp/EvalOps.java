package org.gilvm.interp;

import static org.gilvm.bytecode.Op.*;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.CompareOp;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyGenerator;
import org.gilvm.objects.PyInstance;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyMethodDescr;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.gilvm.objects.SpecialMethods;
import org.gilvm.objects.UnaryOp;
import org.gilvm.spi.ObjectLocks;

/**
 * The instructions the loop does not write inline. Each takes the frame's stack array and
 * pointer and returns the new pointer; inputs are popped only after the operation succeeded.
 */
final class EvalOps {
    private EvalOps() {}

    /** The instructions without an inline case in {@link Eval#loop}. */
    static int execute(ThreadState ts, Frame f, PyObject[] s, int sp, int op, int arg) {
        return switch (op) {
            case UNARY_POSITIVE -> unary(ts, s, sp, UnaryOp.POS);
            case UNARY_NEGATIVE -> unary(ts, s, sp, UnaryOp.NEG);
            case UNARY_INVERT -> unary(ts, s, sp, UnaryOp.INVERT);
            case UNARY_NOT -> replaceTop(ts, s, sp, PyBool.of(!isTrue(ts, s[sp - 1])));
            case GET_ITER -> replaceTop(ts, s, sp, s[sp - 1].iter(ts));
            case GET_YIELD_FROM_ITER -> s[sp - 1] instanceof PyGenerator ? sp : replaceTop(ts, s, sp, s[sp - 1].iter(ts));
            case IS_OP -> {
                boolean r = (s[sp - 2] == s[sp - 1]) != (arg != 0);
                yield popTwoPush(ts, s, sp, PyBool.of(r));
            }
            case CONTAINS_OP -> {
                boolean r = contains(ts, s[sp - 1], s[sp - 2]) != (arg != 0);
                yield popTwoPush(ts, s, sp, PyBool.of(r));
            }
            case DELETE_SUBSCR -> {
                s[sp - 2].delItem(ts, s[sp - 1]);
                yield pop(ts, s, pop(ts, s, sp));
            }
            case DELETE_ATTR -> {
                s[sp - 1].delAttr(ts, f.code.names[arg]);
                yield pop(ts, s, sp);
            }
            case UNPACK_EX -> unpackEx(ts, s, sp, arg & 0xff, arg >> 8);
            case GET_LEN -> {
                long n = s[sp - 1].len(ts);
                s[sp] = org.gilvm.objects.PyInt.of(n);
                yield sp + 1;
            }
            default -> EvalBuild.execute(ts, f, s, sp, op, arg);
        };
    }

    // ---- small stack helpers ------------------------------------------------------------

    static int pop(ThreadState ts, PyObject[] s, int sp) {
        PyObject v = s[--sp];
        s[sp] = null;
        ts.decref(v);
        return sp;
    }

    /** Replaces the top with {@code r} (a new reference) and releases the old top. */
    static int replaceTop(ThreadState ts, PyObject[] s, int sp, PyObject r) {
        PyObject old = s[sp - 1];
        s[sp - 1] = r;
        ts.decref(old);
        return sp;
    }

    /** Pops two operands and pushes {@code r} (a new reference). */
    static int popTwoPush(ThreadState ts, PyObject[] s, int sp, PyObject r) {
        PyObject b = s[sp - 1], a = s[sp - 2];
        s[sp - 1] = null;
        s[sp - 2] = r;
        ts.decref(a);
        ts.decref(b);
        return sp - 1;
    }

    private static int unary(ThreadState ts, PyObject[] s, int sp, UnaryOp op) {
        return replaceTop(ts, s, sp, s[sp - 1].unaryOp(ts, op));
    }

    // ---- operations the loop calls directly -------------------------------------------

    static PyObject binaryOp(ThreadState ts, PyObject a, PyObject b, int nb) {
        return nb < INPLACE ? Abstract.binaryOp(ts, a, b, nb) : Abstract.inplaceOp(ts, a, b, nb - INPLACE);
    }

    private static final int INPLACE = 13;

    static PyObject compare(ThreadState ts, PyObject a, PyObject b, int op) {
        return Abstract.richCompare(ts, a, b, CompareOp.of(op));
    }

    static boolean isTrue(ThreadState ts, PyObject v) {
        return Abstract.isTrue(ts, v);
    }

    static PyObject getAttr(ThreadState ts, PyObject o, String name) {
        return Abstract.getAttr(ts, o, name);
    }

    static PyObject getItem(ThreadState ts, PyObject o, PyObject key) {
        return o.getItem(ts, key);
    }

    /** {@code item in container}, with CPython's wording when the container cannot be searched. */
    static boolean contains(ThreadState ts, PyObject container, PyObject item) {
        try {
            return container.contains(ts, item);
        } catch (PyException e) {
            String notIterable = "'" + container.type().name() + "' object is not iterable";
            if (e.matches(ExceptionTypes.TYPE_ERROR) && notIterable.equals(e.value.str(ts))) {
                ts.decref(e.value);
                throw Errors.typeError("argument of type '" + container.type().name() + "' is not iterable");
            }
            throw e;
        }
    }

    /** The next item of a for loop's iterator, or null when it is exhausted (StopIteration included). */
    static PyObject forIterNext(ThreadState ts, PyObject it) {
        try {
            return it.next(ts);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                ts.decref(e.value);
                return null;
            }
            throw e;
        }
    }

    /**
     * LOAD_METHOD: {@code [obj] -> [meth, obj]} when the attribute is a plain method found on
     * the type (no bound method is created), else {@code [NULL, obj.name]}. CPython's
     * _PyObject_GetMethod, which applies only to the generic attribute lookup.
     */
    static int loadMethod(ThreadState ts, PyObject[] s, int sp, String name) {
        PyObject obj = s[sp - 1];
        PyType type = obj.type();
        PyObject descr = type.lookup(name);
        if ((descr instanceof PyFunction || descr instanceof PyMethodDescr) && genericGetAttr(obj, type)) {
            org.gilvm.objects.PyDict d = obj.dict();
            if (d == null || !d.containsStr(ts, name)) {
                ts.incref(descr);
                s[sp - 1] = descr;
                s[sp] = obj;
                return sp + 1;
            }
        }
        PyObject v = Abstract.getAttr(ts, obj, name);
        s[sp - 1] = null;
        s[sp] = v;
        ts.decref(obj);
        return sp + 1;
    }

    private static boolean genericGetAttr(PyObject obj, PyType type) {
        // Types, modules and super objects find attributes their own way (metatype, module
        // dict, the MRO after a class), so the method shortcut does not apply to them.
        if (obj instanceof PyType || obj instanceof PyModule || obj instanceof org.gilvm.objects.PySuper) {
            return false;
        }
        return !(obj instanceof PyInstance) || SpecialMethods.userDefined(type, "__getattribute__") == null;
    }

    /** STORE_SUBSCR: {@code [value, container, key] -> []}, {@code container[key] = value}. */
    static int storeSubscr(ThreadState ts, PyObject[] s, int sp) {
        s[sp - 2].setItem(ts, s[sp - 1], s[sp - 3]);
        return pop(ts, s, pop(ts, s, pop(ts, s, sp)));
    }

    /** STORE_ATTR: {@code [value, obj] -> []}, {@code obj.name = value}. */
    static int storeAttr(ThreadState ts, PyObject[] s, int sp, String name) {
        s[sp - 1].setAttr(ts, name, s[sp - 2]);
        return pop(ts, s, pop(ts, s, sp));
    }

    // ---- unpacking ------------------------------------------------------------------------

    /** UNPACK_SEQUENCE n: {@code [seq] -> [item n-1, ..., item 0]} (item 0 on top). */
    static int unpackSequence(ThreadState ts, PyObject[] s, int sp, int n) {
        PyObject seq = s[sp - 1];
        PyObject[] items;
        int size;
        if (seq instanceof PyTuple t && t.getClass() == PyTuple.class) {
            items = t.array();
            size = t.size();
        } else if (seq instanceof PyList l && l.getClass() == PyList.class) {
            return unpackList(ts, s, sp, n, l);
        } else {
            return unpackIterable(ts, s, sp, n, -1);
        }
        checkUnpackSize(n, size);
        sp--;
        for (int i = n - 1; i >= 0; i--) {
            PyObject v = items[i];
            ts.incref(v);
            s[sp++] = v;
        }
        ts.decref(seq);
        return sp;
    }

    private static void checkUnpackSize(int n, int size) {
        if (size != n) {
            throw size < n ? notEnough(n, size, false) : Errors.valueError("too many values to unpack (expected " + n + ")");
        }
    }

    /** UNPACK_SEQUENCE of a list: its size checked and its items taken under its lock. */
    private static int unpackList(ThreadState ts, PyObject[] s, int sp, int n, PyList l) {
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            checkUnpackSize(n, l.size());
            PyObject[] items = l.array();
            sp--;
            for (int i = n - 1; i >= 0; i--) {
                PyObject v = items[i];
                ts.incref(v);
                s[sp++] = v;
            }
        } finally {
            g.unlock(ts, l);
        }
        ts.decref(l);
        return sp;
    }

    /** UNPACK_EX: {@code before} items, a list of the rest, {@code after} items. */
    static int unpackEx(ThreadState ts, PyObject[] s, int sp, int before, int after) {
        return unpackIterable(ts, s, sp, before, after);
    }

    /**
     * CPython's unpack_iterable: with {@code after < 0} exactly {@code before} items, else
     * {@code before} items, a list, and {@code after} items.
     */
    private static int unpackIterable(ThreadState ts, PyObject[] s, int sp, int before, int after) {
        PyObject seq = s[sp - 1];
        PyObject it;
        try {
            it = seq.iter(ts);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR) && seq.type().lookup("__iter__") == null
                    && seq.type().lookup("__getitem__") == null) {
                ts.decref(e.value);
                throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
        PyObject[] got = new PyObject[before];
        int n = 0;
        PyList rest = null;
        try {
            for (; n < before; n++) {
                PyObject v = it.next(ts);
                if (v == null) {
                    throw notEnough(after < 0 ? before : before + after, n, after >= 0);
                }
                got[n] = v;
            }
            if (after < 0) {
                PyObject extra = it.next(ts);
                if (extra != null) {
                    ts.decref(extra);
                    throw Errors.valueError("too many values to unpack (expected " + before + ")");
                }
            } else {
                rest = Abstract.toList(ts, it);
                if (rest.size() < after) {
                    throw notEnough(before + after, before + rest.size(), true);
                }
            }
        } catch (PyException e) {
            for (int i = 0; i < n; i++) {
                ts.decref(got[i]);
            }
            ts.decref(rest);
            throw e;
        } finally {
            ts.decref(it);
        }
        sp--;
        if (rest != null) {
            int total = rest.size();
            for (int i = total - 1; i >= total - after; i--) {
                PyObject v = rest.get(i);
                ts.incref(v);
                s[sp++] = v;
            }
            for (int i = 0; i < after; i++) {
                ts.decref(rest.removeLast());
            }
            s[sp++] = rest;
        }
        for (int i = before - 1; i >= 0; i--) {
            s[sp++] = got[i];
        }
        ts.decref(seq);
        return sp;
    }

    private static PyException notEnough(int expected, int got, boolean atLeast) {
        return Errors.valueError("not enough values to unpack (expected " + (atLeast ? "at least " : "")
                + expected + ", got " + got + ")");
    }
}

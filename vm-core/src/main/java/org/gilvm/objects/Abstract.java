package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * The abstract object layer, CPython's {@code Objects/abstract.c} and {@code object.c}:
 * operations on any object, with fast paths for the common builtin types. Results are new
 * references; arguments are borrowed.
 */
public final class Abstract {
    private Abstract() {}

    // ---- hashing and equality -----------------------------------------------------------

    public static long hash(ThreadState ts, PyObject o) {
        if (o instanceof PyStr s) {
            return s.hash(ts);
        }
        return o.hash(ts);
    }

    /** Key equality for dicts and sets: identity, then {@code ==}. */
    public static boolean keyEquals(ThreadState ts, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value().equals(y.value());
        }
        return richCompareBool(ts, a, b, CompareOp.EQ);
    }

    /** CPython's PyObject_RichCompareBool(..., Py_EQ) as {@code in} uses it: identity implies equal. */
    public static boolean eqForContains(ThreadState ts, PyObject a, PyObject b) {
        return a == b || richCompareBool(ts, a, b, CompareOp.EQ);
    }

    /**
     * {@code held == other} by {@code __eq__}, holding a reference to held, which __eq__
     * could otherwise free by mutating the container held came from (CPython increfs the
     * same way in list_index, set_lookkey and friends). Identity implies equal.
     */
    public static boolean eqHeld(ThreadState ts, PyObject held, PyObject other) {
        if (held == other) {
            return true;
        }
        ts.incref(held);
        try {
            return richCompareBool(ts, held, other, CompareOp.EQ);
        } finally {
            ts.decref(held);
        }
    }

    // ---- comparison -----------------------------------------------------------------

    /** CPython's do_richcompare. */
    public static PyObject richCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type(), tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && SpecialMethods.overrides(tb, op.swapped().dunder)) {
            checkedReverse = true;
            PyObject r = b.richCompare(ts, a, op.swapped());
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        PyObject r = a.richCompare(ts, b, op);
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        if (!checkedReverse) {
            r = b.richCompare(ts, a, op.swapped());
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        return switch (op) {
            case EQ -> PyBool.of(a == b);
            case NE -> PyBool.of(a != b);
            default -> throw Errors.notComparable(op, a, b);
        };
    }

    public static boolean richCompareBool(ThreadState ts, PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) {
            return op.test(Long.compare(x.value, y.value));
        }
        PyObject r = richCompare(ts, a, b, op);
        if (r instanceof PyBool bool) {
            return bool == PyBool.True;
        }
        boolean t = r.isTrue(ts);
        ts.decref(r);
        return t;
    }

    // ---- truth ----------------------------------------------------------------------

    public static boolean isTrue(ThreadState ts, PyObject o) {
        if (o == PyBool.True) {
            return true;
        }
        if (o == PyBool.False || o == PyNone.None) {
            return false;
        }
        return o.isTrue(ts);
    }

    // ---- arithmetic -----------------------------------------------------------------

    /** CPython's binary_op1 plus its error: {@code a <op> b} for an NB_* operator. */
    public static PyObject binaryOp(ThreadState ts, PyObject a, PyObject b, int nb) {
        if (nb == BinaryOps.MULTIPLY && (SeqRepeat.isSequence(a) || SeqRepeat.isSequence(b))) {
            return SeqRepeat.multiply(ts, a, b);
        }
        PyObject r = binaryOp1(ts, a, b, nb);
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        throw binaryError(a, b, nb, BinaryOps.symbol(nb));
    }

    private static PyObject binaryOp1(ThreadState ts, PyObject a, PyObject b, int nb) {
        PyType ta = a.type(), tb = b.type();
        if (ta != tb && tb.isSubtypeOf(ta) && SpecialMethods.overrides(tb, BinaryOps.reflectedDunder(nb))) {
            PyObject r = b.reflectedOp(ts, nb, a);
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
            return a.binaryOp(ts, nb, b);
        }
        PyObject r = a.binaryOp(ts, nb, b);
        if (r != PyNotImplemented.NotImplemented || ta == tb && !ta.isHeapType()) {
            return r;
        }
        return b.reflectedOp(ts, nb, a);
    }

    /** {@code a <op>= b}: the in-place method, falling back to the binary operation. */
    public static PyObject inplaceOp(ThreadState ts, PyObject a, PyObject b, int nb) {
        if (nb == BinaryOps.MULTIPLY && (SeqRepeat.isSequence(a) || SeqRepeat.isSequence(b))) {
            return SeqRepeat.inplaceMultiply(ts, a, b);
        }
        PyObject r = a.inplaceOp(ts, nb, b);
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        r = binaryOp1(ts, a, b, nb);
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        throw binaryError(a, b, nb, BinaryOps.symbol(nb + BinaryOps.INPLACE));
    }

    private static PyException binaryError(PyObject a, PyObject b, int nb, String symbol) {
        if (nb == BinaryOps.ADD) {
            String seq = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : a instanceof PyTuple ? "tuple" : null;
            if (seq != null && a.type().name().equals(seq)) {
                return Errors.typeError("can only concatenate " + seq + " (not \"" + b.type().name()
                        + "\") to " + seq);
            }
        }
        if (nb == BinaryOps.POWER) {
            return Errors.typeError("unsupported operand type(s) for " + (symbol.endsWith("=") ? "**=" : "** or pow()")
                    + ": '" + a.type().name() + "' and '" + b.type().name() + "'");
        }
        if (nb == BinaryOps.RSHIFT && a instanceof PyBuiltinFunction f && f.name().equals("print")) {
            return Errors.typeError("unsupported operand type(s) for >>: 'builtin_function_or_method' and '"
                    + b.type().name() + "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        }
        return Errors.unsupportedOperands(symbol, a, b);
    }

    // ---- conversions ----------------------------------------------------------------

    /**
     * CPython's PyNumber_Index: an exact int, always a new reference (o itself, increfed,
     * when it is one). An int subclass from {@code __index__} becomes an exact int, as in
     * CPython (which also warns).
     */
    public static PyInt index(ThreadState ts, PyObject o) {
        if (o.getClass() == PyInt.class) {
            ts.incref(o);
            return (PyInt) o;
        }
        PyObject r = o.index(ts);
        if (r.getClass() == PyInt.class) {
            return (PyInt) r;
        }
        if (r instanceof PyInt i) {
            PyInt exact = i.isSmall() ? PyInt.of(i.value) : PyInt.of(i.toBig());
            ts.decref(r);
            return exact;
        }
        String type = r.type().name();
        ts.decref(r);
        throw Errors.typeError("__index__ returned non-int (type " + type + ")");
    }

    /** CPython's _PyIndex_Check: whether o has {@code __index__}. */
    public static boolean hasIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    /**
     * CPython's PyNumber_AsSsize_t(o, exc) for an object with {@code __index__}: an int past
     * 64 bits raises IndexError (subscripts) or OverflowError (repeat counts).
     */
    public static long asSsize(ThreadState ts, PyObject o, boolean indexError) {
        PyInt i = o instanceof PyInt pi ? pi : index(ts, o);
        boolean fits = i.isSmall();
        long v = i.value;
        releaseExact(ts, i, o);
        if (fits) {
            return v;
        }
        String msg = "cannot fit 'int' into an index-sized integer";
        throw indexError ? Errors.indexError(msg) : Errors.overflowError(msg);
    }

    public static int asInt(ThreadState ts, PyObject o) {
        PyInt i = exactInt(ts, o);
        boolean fits = i.isSmall() && i.value == (int) i.value;
        int v = (int) i.value;
        releaseExact(ts, i, o);
        if (fits) {
            return v;
        }
        throw Errors.overflowError("Python int too large to convert to C int");
    }

    /** The value as a Java long (CPython's Py_ssize_t conversions). */
    public static long asLong(ThreadState ts, PyObject o) {
        PyInt i = exactInt(ts, o);
        boolean fits = i.isSmall();
        long v = i.value;
        releaseExact(ts, i, o);
        if (fits) {
            return v;
        }
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** An index clamped like CPython's PyNumber_AsSsize_t(o, NULL) for slices. */
    public static long asClampedLong(ThreadState ts, PyObject o) {
        PyInt i = exactInt(ts, o);
        long v = i.isSmall() ? i.value : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        releaseExact(ts, i, o);
        return v;
    }

    /**
     * o itself when it is an exact int (borrowed: the common case skips the count), else
     * {@link #index}'s new reference; give it back with {@link #releaseExact}.
     */
    private static PyInt exactInt(ThreadState ts, PyObject o) {
        return o.getClass() == PyInt.class ? (PyInt) o : index(ts, o);
    }

    private static void releaseExact(ThreadState ts, PyInt i, PyObject o) {
        if (i != o) {
            ts.decref(i);
        }
    }

    public static double asDouble(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        PyObject f = SpecialMethods.callOptional(ts, o, "__float__");
        if (f instanceof PyFloat ff) {
            return ff.value;
        }
        if (f == null) {
            PyObject idx = SpecialMethods.callOptional(ts, o, "__index__");
            if (idx instanceof PyInt i) {
                return i.doubleValue();
            }
        }
        throw Errors.typeError("must be real number, not " + o.type().name());
    }

    /** The Python type name a Java parameter type stands for, for error messages. */
    public static String pythonNameOf(Class<?> c) {
        if (c == PyStr.class) return "str";
        if (c == PyInt.class) return "int";
        if (c == PyFloat.class) return "float";
        if (c == PyList.class) return "list";
        if (c == PyTuple.class) return "tuple";
        if (c == PyDict.class) return "dict";
        if (c == PyType.class) return "type";
        if (c == PyBytes.class) return "bytes";
        return c.getSimpleName();
    }

    // ---- repr, str ------------------------------------------------------------------

    public static String repr(ThreadState ts, PyObject o) {
        return o.repr(ts);
    }

    public static String str(ThreadState ts, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        return o.str(ts);
    }

    // ---- attributes -----------------------------------------------------------------

    /** {@code getattr(o, name)}: a new reference or AttributeError. */
    public static PyObject getAttr(ThreadState ts, PyObject o, String name) {
        PyObject v = o.findAttr(ts, name);
        if (v == null) {
            throw Errors.noAttribute(ts, o, name);
        }
        return v;
    }

    // ---- iteration ------------------------------------------------------------------

    /** {@code iter(o)}: a new reference. */
    public static PyObject iter(ThreadState ts, PyObject o) {
        return o.iter(ts);
    }

    /** The next item (new reference) or null when exhausted. */
    public static PyObject next(ThreadState ts, PyObject it) {
        return it.next(ts);
    }

    /** CPython's PySequence_Contains fallback: iterate and compare. */
    public static boolean iterContains(ThreadState ts, PyObject container, PyObject item) {
        PyObject it = container.iter(ts);
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                boolean eq = eqForContains(ts, x, item);
                ts.decref(x);
                if (eq) {
                    return true;
                }
            }
            return false;
        } finally {
            ts.decref(it);
        }
    }

    /** Collects an iterable into a new list. */
    public static PyList toList(ThreadState ts, PyObject iterable) {
        if (iterable instanceof PyList l) {
            return l.copy(ts);
        }
        if (iterable instanceof PyTuple t) {
            PyObject[] items = java.util.Arrays.copyOf(t.array(), Math.max(t.size(), 1));
            for (int i = 0; i < t.size(); i++) {
                ts.incref(items[i]);
            }
            return new PyList(items, t.size());
        }
        PyObject it = iterable.iter(ts);
        PyList result = new PyList();
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                result.appendOwned(x);
            }
        } catch (PyException e) {
            ts.decref(result);
            throw e;
        } finally {
            ts.decref(it);
        }
        return result;
    }

    /** Collects an iterable into a new tuple (the same tuple for a tuple). */
    public static PyTuple toTuple(ThreadState ts, PyObject iterable) {
        if (iterable instanceof PyTuple t && t.getClass() == PyTuple.class) {
            ts.incref(t);
            return t;
        }
        PyList l = toList(ts, iterable);
        PyObject[] items = java.util.Arrays.copyOf(l.items, l.size);
        l.items = new PyObject[0];
        l.size = 0;
        ts.decref(l);
        return PyTuple.of(items);
    }

    // ---- calls ----------------------------------------------------------------------

    /** Calls {@code f(*args)} with borrowed arguments; a new reference. */
    public static PyObject call(ThreadState ts, PyObject f, PyObject... args) {
        return f.call(ts, args, 0, args.length, null);
    }

    // ---- type checks ----------------------------------------------------------------

    /** {@code isinstance(o, cls)} for a single class (tuples handled by the builtin). */
    public static boolean isInstance(PyObject o, PyType cls) {
        return o.type().isSubtypeOf(cls);
    }
}

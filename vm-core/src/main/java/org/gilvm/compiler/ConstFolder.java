package org.gilvm.compiler;

import java.util.function.Supplier;
import org.gilvm.ast.Operator;
import org.gilvm.ast.UnaryOperator;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFrozenSet;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.UnaryOp;

/**
 * The arithmetic of constant folding, CPython 3.11's {@code fold_binop}/{@code safe_*} in
 * ast_opt.c: the runtime's own operations, refused (null) when they raise or when the result
 * would be large (ints over 128 bits, strings over 4096 characters, collections over 256
 * items), so such expressions are left to run time as in CPython.
 */
final class ConstFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    private final Supplier<ThreadState> tsSupplier;

    ConstFolder(Supplier<ThreadState> ts) {
        this.tsSupplier = ts;
    }

    PyObject binary(Operator op, PyObject l, PyObject r) {
        ThreadState ts = tsSupplier.get();
        try {
            return switch (op) {
                case MATMUL -> null;
                case MULT -> safeMultiply(ts, l, r);
                case POW -> safePower(ts, l, r);
                case LSHIFT -> safeLshift(ts, l, r);
                case MOD -> l instanceof PyStr || l instanceof PyBytes ? null
                        : Abstract.binaryOp(ts, l, r, op.nb());
                default -> Abstract.binaryOp(ts, l, r, op.nb());
            };
        } catch (PyException e) {
            ts.decref(e.value);
            return null;
        }
    }

    PyObject unary(UnaryOperator op, PyObject v) {
        ThreadState ts = tsSupplier.get();
        try {
            return switch (op) {
                case NOT -> PyBool.of(!Abstract.isTrue(ts, v));
                case INVERT -> v.unaryOp(ts, UnaryOp.INVERT);
                case UADD -> v.unaryOp(ts, UnaryOp.POS);
                case USUB -> v.unaryOp(ts, UnaryOp.NEG);
            };
        } catch (PyException e) {
            ts.decref(e.value);
            return null;
        }
    }

    PyObject subscript(PyObject v, PyObject index) {
        ThreadState ts = tsSupplier.get();
        try {
            return v.getItem(ts, index);
        } catch (PyException e) {
            ts.decref(e.value);
            return null;
        }
    }

    PyObject frozenSet(PyTuple items) {
        ThreadState ts = tsSupplier.get();
        try {
            return PyFrozenSet.of(ts, items);
        } catch (PyException e) {
            ts.decref(e.value);
            return null;
        }
    }

    private static boolean isNonZeroInt(PyObject o) {
        return o instanceof PyInt i && i.signum() != 0;
    }

    private static long bits(PyInt i) {
        return i.toBig().abs().bitLength();
    }

    private static PyObject safeMultiply(ThreadState ts, PyObject v, PyObject w) {
        if (v instanceof PyInt && w instanceof PyInt) {
            if (isNonZeroInt(v) && isNonZeroInt(w) && bits((PyInt) v) + bits((PyInt) w) > MAX_INT_SIZE) {
                return null;
            }
        } else if (v instanceof PyInt n && (w instanceof PyTuple || w instanceof PyFrozenSet)) {
            long size = w instanceof PyTuple t ? t.size() : ((PyFrozenSet) w).size();
            if (size != 0) {
                long count = longOrNegative(n);
                if (count < 0 || count > MAX_COLLECTION_SIZE / size) {
                    return null;
                }
                if (count != 0 && complexity(ts, w, MAX_TOTAL_ITEMS / count) < 0) {
                    return null;
                }
            }
        } else if (v instanceof PyInt n && (w instanceof PyStr || w instanceof PyBytes)) {
            long size = w instanceof PyStr s ? s.codePointLength() : ((PyBytes) w).value().length;
            if (size != 0) {
                long count = longOrNegative(n);
                if (count < 0 || count > MAX_STR_SIZE / size) {
                    return null;
                }
            }
        } else if (w instanceof PyInt && (v instanceof PyTuple || v instanceof PyFrozenSet
                || v instanceof PyStr || v instanceof PyBytes)) {
            return safeMultiply(ts, w, v);
        }
        return Abstract.binaryOp(ts, v, w, Operator.MULT.nb());
    }

    private static PyObject safePower(ThreadState ts, PyObject v, PyObject w) {
        if (v instanceof PyInt b && w instanceof PyInt e && b.signum() != 0 && e.signum() > 0) {
            long exp = longOrNegative(e);
            if (exp < 0 || bits(b) > MAX_INT_SIZE / exp) {
                return null;
            }
        }
        return Abstract.binaryOp(ts, v, w, Operator.POW.nb());
    }

    private static PyObject safeLshift(ThreadState ts, PyObject v, PyObject w) {
        if (v instanceof PyInt x && w instanceof PyInt s && x.signum() != 0 && s.signum() != 0) {
            long shift = longOrNegative(s);
            if (shift < 0 || shift > MAX_INT_SIZE || bits(x) > MAX_INT_SIZE - shift) {
                return null;
            }
        }
        return Abstract.binaryOp(ts, v, w, Operator.LSHIFT.nb());
    }

    /** The value as a long, or -1 when negative or too large (PyLong_AsLong failing). */
    private static long longOrNegative(PyInt i) {
        return i.toBig().bitLength() < 63 ? i.longValue() : -1;
    }

    /** CPython's check_complexity: the item budget left after counting nested items. */
    private static long complexity(ThreadState ts, PyObject obj, long limit) {
        if (obj instanceof PyTuple t) {
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) {
                limit = complexity(ts, t.get(i), limit);
            }
        } else if (obj instanceof PyFrozenSet f) {
            limit -= f.size();
            for (PyObject item : Constants.items(ts, f)) {
                if (limit < 0) {
                    break;
                }
                limit = complexity(ts, item, limit);
            }
        }
        return limit;
    }
}

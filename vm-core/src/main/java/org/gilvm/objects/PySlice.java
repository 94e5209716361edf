package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** {@code slice(start, stop, step)}; each part may be None. Owns its three references. */
public final class PySlice extends PyObject {
    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return BuiltinTypes.SLICE; }

    /**
     * CPython's PySlice_Unpack + PySlice_AdjustIndices: {start, stop, step, length} for a
     * sequence of the given length.
     */
    public long[] indices(ThreadState ts, long length) {
        return adjust(unpack(ts), length);
    }

    /**
     * CPython's PySlice_Unpack: {start, stop, step, 0} with absent bounds as the extremes.
     * Runs {@code __index__} on the components, so a container calls it before taking its lock
     * and {@link #adjust}s to its length under the lock.
     */
    public long[] unpack(ThreadState ts) {
        long st;
        if (step == PyNone.None) {
            st = 1;
        } else {
            st = Abstract.asClampedLong(ts, step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
            st = Math.max(st, -Long.MAX_VALUE);
        }
        long lo, hi;
        if (start == PyNone.None) {
            lo = st < 0 ? Long.MAX_VALUE : 0;
        } else {
            lo = Abstract.asClampedLong(ts, start);
        }
        if (stop == PyNone.None) {
            hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            hi = Abstract.asClampedLong(ts, stop);
        }
        return new long[] {lo, hi, st, 0};
    }

    /**
     * CPython's PySlice_AdjustIndices: clamps an {@link #unpack}ed slice to a sequence of the
     * given length, in place, and fills in the number of items. Pure Java.
     */
    public static long[] adjust(long[] r, long length) {
        long lo = r[0], hi = r[1], st = r[2];
        if (lo < 0) {
            lo += length;
            if (lo < 0) {
                lo = st < 0 ? -1 : 0;
            }
        } else if (lo >= length) {
            lo = st < 0 ? length - 1 : length;
        }
        if (hi < 0) {
            hi = hi == Long.MIN_VALUE ? -1 : hi + length;
            if (hi < 0) {
                hi = st < 0 ? -1 : 0;
            }
        } else if (hi >= length) {
            hi = st < 0 ? length - 1 : length;
        }
        long len;
        if (st < 0) {
            len = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            len = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        r[0] = lo;
        r[1] = hi;
        r[3] = len;
        return r;
    }

    /**
     * CPython's _PySlice_GetLongIndices: {start, stop, step} clamped to a sequence of the
     * given length, over ints of any size (for {@code slice.indices} and range slicing).
     */
    public BigInteger[] longIndices(ThreadState ts, BigInteger length) {
        BigInteger st = step == PyNone.None ? BigInteger.ONE : sliceIndex(ts, step);
        if (st.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean negative = st.signum() < 0;
        BigInteger lower = negative ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = negative ? length.add(lower) : length;
        BigInteger lo = start == PyNone.None ? (negative ? upper : lower)
                : clamp(sliceIndex(ts, start), length, lower, upper);
        BigInteger hi = stop == PyNone.None ? (negative ? lower : upper)
                : clamp(sliceIndex(ts, stop), length, lower, upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger sliceIndex(ThreadState ts, PyObject o) {
        if (!Abstract.hasIndex(o)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(ts, o);
        BigInteger v = i.toBig();
        ts.decref(i);
        return v;
    }

    private static BigInteger clamp(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** {@code slice.indices(length)}: (start, stop, step) for a sequence of that length. */
    @ExposedMethod(name = "indices")
    static PyObject indicesMethod(ThreadState ts, PySlice self, PyObject length) {
        PyInt n = Abstract.index(ts, length);
        BigInteger len = n.toBig();
        ts.decref(n);
        if (len.signum() < 0) {
            throw Errors.valueError("length should not be negative");
        }
        BigInteger[] r = self.longIndices(ts, len);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
    }

    @Override
    public String repr(ThreadState ts) {
        return "slice(" + start.repr(ts) + ", " + stop.repr(ts) + ", " + step.repr(ts) + ")";
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        PyObject v = switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> null;
        };
        if (v == null) {
            return super.findAttr(ts, name);
        }
        ts.incref(v);
        return v;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (other instanceof PySlice s) {
            PyObject[] mine = {start, stop, step};
            PyTuple a = PyTuple.copyOf(ts, mine, 0, 3);
            PyObject[] theirs = {s.start, s.stop, s.step};
            PyTuple b = PyTuple.copyOf(ts, theirs, 0, 3);
            try {
                return a.richCompare(ts, b, op);
            } finally {
                ts.decref(a);
                ts.decref(b);
            }
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public long hash(ThreadState ts) {
        throw Errors.unhashable(this);
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(start);
        ts.decref(stop);
        ts.decref(step);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(start);
        v.visitNullable(stop);
        v.visitNullable(step);
    }
}

package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.interp.ThreadState;

/**
 * {@code range(start, stop, step)}, CPython's {@code Objects/rangeobject.c}. A range whose
 * start, stop, step and length all fit in a long (nearly all of them) uses the long fields;
 * any other is held as BigIntegers in {@link #big}, as CPython's ranges over PyLongs allow
 * ({@code range(10**20)}), and its operations take the slower arithmetic.
 */
public final class PyRange extends PyObject {
    /** Meaningful only when {@link #big} is null. */
    public final long start, stop, step, length;
    /** {start, stop, step, length} for a range past the long fields; null otherwise. */
    private final BigInteger[] big;

    private PyRange(long start, long stop, long step, long length) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
        this.big = null;
    }

    private PyRange(BigInteger[] big) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = 0;
        this.big = big;
    }

    /** range(start, stop, step) over longs; step must not be zero. */
    public static PyRange of(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        long len;
        if (step > 0) {
            len = start < stop ? Long.divideUnsigned(stop - start - 1, step) + 1 : 0;
        } else {
            len = start > stop ? Long.divideUnsigned(start - stop - 1, -step) + 1 : 0;
        }
        if (len < 0 || step == Long.MIN_VALUE) {
            // More than Long.MAX_VALUE items, or a step whose negation does not fit.
            return of(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }
        return new PyRange(start, stop, step, len);
    }

    /** range(start, stop, step) over any ints; the long form whenever everything fits. */
    public static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        BigInteger len = lengthOf(start, stop, step);
        if (fits(start) && fits(stop) && fits(step) && fits(len) && step.longValue() != Long.MIN_VALUE) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue(), len.longValue());
        }
        return new PyRange(new BigInteger[] {start, stop, step, len});
    }

    /** CPython's compute_range_length. */
    private static BigInteger lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    private static boolean fits(BigInteger b) {
        return b.bitLength() < 64;
    }

    @Override
    public PyType type() { return BuiltinTypes.RANGE; }

    public boolean isBig() { return big != null; }

    public BigInteger bigStart() { return big != null ? big[0] : BigInteger.valueOf(start); }

    public BigInteger bigStop() { return big != null ? big[1] : BigInteger.valueOf(stop); }

    public BigInteger bigStep() { return big != null ? big[2] : BigInteger.valueOf(step); }

    public BigInteger bigLength() { return big != null ? big[3] : BigInteger.valueOf(length); }

    public long itemAt(long i) {
        return start + i * step;
    }

    /** CPython's compute_item: start + i * step, unchecked. */
    private BigInteger bigItemAt(BigInteger i) {
        return bigStart().add(i.multiply(bigStep()));
    }

    @Override
    public long len(ThreadState ts) {
        if (big != null) {
            if (!fits(big[3])) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            return big[3].longValue();
        }
        return length;
    }

    @Override
    public boolean isTrue(ThreadState ts) { return big != null ? big[3].signum() != 0 : length != 0; }

    @Override
    public PyObject iter(ThreadState ts) {
        if (big != null) {
            return new PyLongRangeIterator(big[0], big[2], big[3]);
        }
        return new PyRangeIterator(start, step, length);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        if (item instanceof PyInt v && (item.getClass() == PyInt.class || item instanceof PyBool)) {
            if (big == null && v.isSmall()) {
                long x = v.value;
                if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) {
                    return false;
                }
                return Long.remainderUnsigned(step > 0 ? x - start : start - x, step > 0 ? step : -step) == 0;
            }
            BigInteger x = v.toBig(), lo = bigStart(), hi = bigStop(), st = bigStep();
            boolean inside = st.signum() > 0 ? lo.compareTo(x) <= 0 && x.compareTo(hi) < 0
                    : hi.compareTo(x) < 0 && x.compareTo(lo) <= 0;
            return inside && x.subtract(lo).mod(st.abs()).signum() == 0;
        }
        return super.contains(ts, item);
    }

    /** For {@link RangeMethods#index}: the position of an int known to be in the range. */
    BigInteger positionOf(PyInt v) {
        return v.toBig().subtract(bigStart()).divide(bigStep());
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice s) {
            BigInteger[] r = s.longIndices(ts, bigLength());
            return of(bigItemAt(r[0]), bigItemAt(r[1]), r[2].multiply(bigStep()));
        }
        if (!Abstract.hasIndex(key)) {
            throw Errors.typeError("range indices must be integers or slices, not " + key.type().name());
        }
        PyInt i = Abstract.index(ts, key);
        try {
            if (big == null && i.isSmall()) {
                long k = i.value < 0 ? i.value + length : i.value;
                if (k < 0 || k >= length) {
                    throw Errors.indexError("range object index out of range");
                }
                return PyInt.of(itemAt(k));
            }
            BigInteger k = i.toBig(), len = bigLength();
            if (k.signum() < 0) {
                k = k.add(len);
            }
            if (k.signum() < 0 || k.compareTo(len) >= 0) {
                throw Errors.indexError("range object index out of range");
            }
            return PyInt.of(bigItemAt(k));
        } finally {
            ts.decref(i);
        }
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        return switch (name) {
            case "start" -> big != null ? PyInt.of(big[0]) : PyInt.of(start);
            case "stop" -> big != null ? PyInt.of(big[1]) : PyInt.of(stop);
            case "step" -> big != null ? PyInt.of(big[2]) : PyInt.of(step);
            default -> super.findAttr(ts, name);
        };
    }

    @Override
    public String repr(ThreadState ts) {
        if (big != null) {
            return big[2].equals(BigInteger.ONE) ? "range(" + big[0] + ", " + big[1] + ")"
                    : "range(" + big[0] + ", " + big[1] + ", " + big[2] + ")";
        }
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    /** CPython's range_equals: ranges are equal when they yield the same items. */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PyRange r) {
            boolean eq;
            if (big == null && r.big == null) {
                eq = length == r.length && (length == 0 || start == r.start && (length == 1 || step == r.step));
            } else {
                BigInteger n = bigLength();
                eq = n.equals(r.bigLength()) && (n.signum() == 0 || bigStart().equals(r.bigStart())
                        && (n.equals(BigInteger.ONE) || bigStep().equals(r.bigStep())));
            }
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return PyNotImplemented.NotImplemented;
    }

    /** CPython's range_hash: hash((len, start, step)) with start and step None where equality ignores them. */
    @Override
    public long hash(ThreadState ts) {
        BigInteger n = bigLength();
        PyObject first = n.signum() == 0 ? PyNone.None : PyInt.of(bigStart());
        PyObject third = n.signum() == 0 || n.equals(BigInteger.ONE) ? PyNone.None : PyInt.of(bigStep());
        PyTuple t = PyTuple.of(PyInt.of(n), first, third);
        try {
            return t.hash(ts);
        } finally {
            ts.decref(t);
        }
    }
}

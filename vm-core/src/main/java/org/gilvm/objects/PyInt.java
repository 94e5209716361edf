package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.interp.ThreadState;

/**
 * {@code int}: arbitrary precision with a {@code long} fast path. A value that fits in a
 * long is held in {@link #value} with {@link #big} null; otherwise {@link #big} holds it.
 * Results are normalised back to the long form whenever they fit, so two equal ints always
 * have the same form. -5..256 are cached immortal objects, as in CPython.
 */
public class PyInt extends PyObject {
    private static final int SMALL_MIN = -5, SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(i).immortal();
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    public final long value;
    public final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    @Override
    public PyType type() { return BuiltinTypes.INT; }

    /** Whether the value fits in a long (the fast path). */
    public final boolean isSmall() { return big == null; }

    public final BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The value as a Java int, or OverflowError with CPython's text. */
    public final int intValue() {
        if (big == null && value == (int) value) {
            return (int) value;
        }
        throw Errors.overflowError("Python int too large to convert to C int");
    }

    /** The value as a Java long, or OverflowError with CPython's text. */
    public final long longValue() {
        if (big == null) {
            return value;
        }
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** The value as a double, rounding half-even; OverflowError past the float range. */
    public final double doubleValue() {
        if (big == null) {
            return (double) value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    @Override
    public String repr(ThreadState ts) {
        return big != null ? big.toString() : Long.toString(value);
    }

    @Override
    public long hash(ThreadState ts) {
        return IntMath.hash(this);
    }

    @Override
    public boolean isTrue(ThreadState ts) {
        return big != null || value != 0;
    }

    @Override
    public PyObject index(ThreadState ts) {
        if (getClass() == PyInt.class) {
            ts.incref(this);
            return this;
        }
        return big != null ? of(big) : of(value);
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (other instanceof PyInt o) {
            return PyBool.of(op.test(compare(this, o)));
        }
        if (other instanceof PyFloat f) {
            return PyBool.of(FloatMath.compareIntFloat(this, f.value, op));
        }
        return PyNotImplemented.NotImplemented;
    }

    /** Three-way comparison of two ints. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.toBig().compareTo(b.toBig());
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        if (other instanceof PyInt o) {
            return IntMath.binary(nb, this, o);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        if (other instanceof PyInt o) {
            return IntMath.binary(nb, o, this);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject unaryOp(ThreadState ts, UnaryOp op) {
        return IntMath.unary(op, this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyInt i && compare(this, i) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(big != null ? big.hashCode() : value);
    }
}

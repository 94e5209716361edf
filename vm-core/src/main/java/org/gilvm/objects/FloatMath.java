package org.gilvm.objects;

import java.math.BigDecimal;

/**
 * float arithmetic and hash, as CPython's {@code Objects/floatobject.c}; repr and formatting
 * are {@link FloatFormat}'s.
 */
public final class FloatMath {
    private FloatMath() {}

    /** CPython's _Py_HashDouble for finite and infinite values. */
    public static long hash(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return IntMath.hash(PyInt.of((long) v));
        }
        final long mod = IntMath.HASH_MODULUS;
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.scalb(1.0, e);
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            m = v * Math.scalb(1.0, 1074) / Math.scalb(1.0, 1074 + e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) {
                x -= mod;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & mod) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** Exact comparison of an int with a float, as CPython's float_richcompare. */
    public static boolean compareIntFloat(PyInt i, double f, CompareOp op) {
        if (Double.isNaN(f)) {
            return op == CompareOp.NE;
        }
        int cmp;
        if (Double.isInfinite(f)) {
            cmp = f > 0 ? -1 : 1;
        } else if (i.isSmall() && Math.abs(i.value) < (1L << 53)) {
            cmp = Double.compare((double) i.value, f);
            if (cmp != 0 && (double) i.value == f) {
                cmp = 0;
            }
        } else {
            cmp = new BigDecimal(i.toBig()).compareTo(new BigDecimal(f));
        }
        return op.test(cmp);
    }

    public static PyObject binary(int nb, double a, double b) {
        switch (nb) {
            case BinaryOps.ADD: return new PyFloat(a + b);
            case BinaryOps.SUBTRACT: return new PyFloat(a - b);
            case BinaryOps.MULTIPLY: return new PyFloat(a * b);
            case BinaryOps.TRUE_DIVIDE:
                if (b == 0.0) {
                    throw Errors.zeroDivisionError("float division by zero");
                }
                return new PyFloat(a / b);
            case BinaryOps.FLOOR_DIVIDE:
                if (b == 0.0) {
                    throw Errors.zeroDivisionError("float floor division by zero");
                }
                return new PyFloat(divmod(a, b)[0]);
            case BinaryOps.REMAINDER:
                if (b == 0.0) {
                    throw Errors.zeroDivisionError("float modulo");
                }
                return new PyFloat(divmod(a, b)[1]);
            case BinaryOps.POWER:
                // float_pow: a negative number to a fractional power is complex.
                if (a < 0 && Double.isFinite(a) && b != Math.floor(b) && Double.isFinite(b)) {
                    return ComplexMath.pow(new PyComplex(a, 0.0), new PyComplex(b, 0.0));
                }
                return new PyFloat(pow(a, b));
            default: return PyNotImplemented.NotImplemented;
        }
    }

    /** CPython's float_divmod: floor quotient and a remainder with the divisor's sign. */
    public static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** CPython's float_pow for a real result (callers turn a negative base with a fractional exponent complex). */
    public static double pow(double x, double y) {
        if (x == 0.0 && y < 0.0) {
            throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && Double.isFinite(y) && Double.isFinite(x)) {
            throw Errors.valueError("negative number cannot be raised to a fractional power");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }
}

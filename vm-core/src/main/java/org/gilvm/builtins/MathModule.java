package org.gilvm.builtins;

import java.math.BigInteger;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.NumberParsing;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.SpecialMethods;

/**
 * The {@code math} module, CPython's {@code Modules/mathmodule.c}: this class holds the
 * constants and the float functions; {@link MathIntegers} the integer functions
 * (factorial, gcd, comb...) and {@link MathSums} the exact sums and norms (fsum, prod, hypot,
 * dist), added to the module by {@link #init}.
 *
 * <p>Errors follow CPython's math_1/math_2 rules: a NaN from non-NaN arguments is a domain
 * error (ValueError "math domain error"); an infinity from finite arguments is a range error
 * (OverflowError "math range error") for functions that can overflow, else a domain error.
 * Results come from Java's Math, which agrees with glibc except, rarely, in the last bit;
 * {@link MathLibm} ports the functions where the difference showed.
 */
@ExposedModule(name = "math")
public final class MathModule {
    private MathModule() {}

    static void init(ThreadState ts, PyDict dict) {
        dict.setStrSteal(ts, "pi", new PyFloat(Math.PI));
        dict.setStrSteal(ts, "e", new PyFloat(Math.E));
        dict.setStrSteal(ts, "tau", new PyFloat(2 * Math.PI));
        dict.setStrSteal(ts, "inf", new PyFloat(Double.POSITIVE_INFINITY));
        dict.setStrSteal(ts, "nan", new PyFloat(Double.NaN));
        MathIntegers.register(ts, dict);
        MathSums.register(ts, dict);
    }

    static PyException domainError() {
        return Errors.valueError("math domain error");
    }

    static PyException rangeError() {
        return Errors.overflowError("math range error");
    }

    /** CPython's math_1 error rules for {@code r = f(x)}. */
    private static double check(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    // ---- one-argument functions (math_1) ----------------------------------------------

    @ExposedFunction
    static double sqrt(double x) { return check(x, Math.sqrt(x), false); }

    @ExposedFunction
    static double exp(double x) { return check(x, Math.exp(x), true); }

    @ExposedFunction
    static double exp2(double x) { return check(x, Math.pow(2.0, x), true); }

    @ExposedFunction
    static double expm1(double x) { return check(x, Math.expm1(x), true); }

    @ExposedFunction
    static double log1p(double x) { return check(x, Math.log1p(x), false); }

    @ExposedFunction
    static double cbrt(double x) { return MathLibm.cbrt(x); }

    @ExposedFunction
    static double fabs(double x) { return Math.abs(x); }

    @ExposedFunction
    static double sin(double x) { return check(x, Math.sin(x), false); }

    @ExposedFunction
    static double cos(double x) { return check(x, Math.cos(x), false); }

    @ExposedFunction
    static double tan(double x) { return check(x, Math.tan(x), false); }

    @ExposedFunction
    static double asin(double x) { return check(x, Math.asin(x), false); }

    @ExposedFunction
    static double acos(double x) { return check(x, Math.acos(x), false); }

    @ExposedFunction
    static double atan(double x) { return check(x, Math.atan(x), false); }

    @ExposedFunction
    static double sinh(double x) { return check(x, Math.sinh(x), true); }

    @ExposedFunction
    static double cosh(double x) { return check(x, MathLibm.cosh(x), true); }

    @ExposedFunction
    static double tanh(double x) { return check(x, Math.tanh(x), false); }

    @ExposedFunction
    static double degrees(double x) { return x * (180.0 / Math.PI); }

    @ExposedFunction
    static double radians(double x) { return x * (Math.PI / 180.0); }

    @ExposedFunction
    static boolean isfinite(double x) { return Double.isFinite(x); }

    @ExposedFunction
    static boolean isinf(double x) { return Double.isInfinite(x); }

    @ExposedFunction
    static boolean isnan(double x) { return Double.isNaN(x); }

    // ---- two-argument functions (math_2) ----------------------------------------------

    @ExposedFunction
    static double atan2(double y, double x) { return Math.atan2(y, x); }

    @ExposedFunction
    static double copysign(double x, double y) { return Math.copySign(x, y); }

    @ExposedFunction
    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return r;
    }

    /** {@code math.pow(x, y)}: C99's special cases spelled out, as CPython's math_pow does. */
    @ExposedFunction
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                }
                return y == 0.0 ? 1.0 : oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0.0 && Math.abs(x) > 1.0) {
                return y;
            }
            return y < 0.0 && Math.abs(x) < 1.0 ? -y : 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r) || Double.isInfinite(r) && x == 0.0) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    @ExposedFunction(sig = "a, b, *, rel_tol=1e-09, abs_tol=0.0")
    static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    // ---- logarithms -------------------------------------------------------------------

    /** {@code math.log(x[, base])}. */
    @ExposedFunction(sig = "x, base=?, /")
    static double log(ThreadState ts, PyObject x, PyObject base) {
        double num = logHelper(ts, x, Math::log);
        if (base == null) {
            return num;
        }
        double den = logHelper(ts, base, Math::log);
        if (den == 0.0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return num / den;
    }

    @ExposedFunction
    static double log2(ThreadState ts, PyObject x) {
        return logHelper(ts, x, MathModule::log2Of);
    }

    @ExposedFunction
    static double log10(ThreadState ts, PyObject x) {
        return logHelper(ts, x, Math::log10);
    }

    /** CPython's m_log2 without a libm log2: exact for powers of two. */
    private static double log2Of(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            return log2Of(x * 0x1p54) - 54;
        }
        double m = Math.scalb(x, -e - 1);
        e += 1;
        return x >= 1.0 ? Math.log(2.0 * m) / Math.log(2.0) + (e - 1) : Math.log(m) / Math.log(2.0) + e;
    }

    /**
     * CPython's loghelper: an int too large for a float still has a logarithm, computed as
     * {@code f(m) + f(2) * e} from {@code x = m * 2**e}.
     */
    private static double logHelper(ThreadState ts, PyObject x, java.util.function.DoubleUnaryOperator f) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domainError();
            }
            if (i.isSmall() || i.toBig().bitLength() <= 1000) {
                return f.applyAsDouble(i.doubleValue());
            }
            BigInteger b = i.toBig();
            int shift = b.bitLength() - 64;
            double m = b.shiftRight(shift).doubleValue() * 0x1p-64;
            return f.applyAsDouble(m) + f.applyAsDouble(2.0) * (shift + 64);
        }
        double v = Abstract.asDouble(ts, x);
        return check(v, f.applyAsDouble(v), false);
    }

    // ---- float to int -----------------------------------------------------------------

    @ExposedFunction
    static PyObject floor(ThreadState ts, PyObject x) {
        return roundToInt(ts, x, "__floor__", true);
    }

    @ExposedFunction
    static PyObject ceil(ThreadState ts, PyObject x) {
        return roundToInt(ts, x, "__ceil__", false);
    }

    /** CPython's math_floor/math_ceil: exact floats, then the dunder, then float(x). */
    private static PyObject roundToInt(ThreadState ts, PyObject x, String dunder, boolean down) {
        if (x.getClass() != PyFloat.class) {
            if (x instanceof PyInt i && !x.type().isHeapType()) {
                return i.isSmall() ? PyInt.of(i.value) : PyInt.of(i.toBig());
            }
            PyObject m = x.type().lookup(dunder);
            if (m != null) {
                return SpecialMethods.callMethod(ts, m, x);
            }
        }
        double v = Abstract.asDouble(ts, x);
        return NumberParsing.fromDouble(down ? Math.floor(v) : Math.ceil(v));
    }

    @ExposedFunction
    static PyObject trunc(ThreadState ts, PyObject x) {
        if (x.getClass() == PyFloat.class) {
            return NumberParsing.fromDouble(((PyFloat) x).value);
        }
        if (x instanceof PyInt i && !x.type().isHeapType()) {
            return i.isSmall() ? PyInt.of(i.value) : PyInt.of(i.toBig());
        }
        PyObject m = x.type().lookup("__trunc__");
        if (m == null) {
            throw Errors.typeError("type " + x.type().name() + " doesn't define __trunc__ method");
        }
        return SpecialMethods.callMethod(ts, m, x);
    }

    // ---- representation ---------------------------------------------------------------

    /** {@code math.frexp(x)}: {@code (m, e)} with {@code x == m * 2**e}, {@code 0.5 <= |m| < 1}. */
    @ExposedFunction
    static PyObject frexp(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return PyTuple.of(new PyFloat(x), PyInt.ZERO);
        }
        int adjust = 0;
        if (Math.getExponent(x) == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            adjust = -54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e + adjust));
    }

    /** {@code math.ldexp(x, i)}: {@code x * 2**i} without intermediate overflow. */
    @ExposedFunction
    static double ldexp(ThreadState ts, double x, PyObject i) {
        if (!(i instanceof PyInt exp)) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        if (exp.signum() > 0 && (!exp.isSmall() || exp.value > Integer.MAX_VALUE)) {
            throw rangeError();
        }
        if (exp.signum() < 0 && (!exp.isSmall() || exp.value < Integer.MIN_VALUE)) {
            return Math.copySign(0.0, x);
        }
        int n = (int) Math.max(-2200, Math.min(2200, exp.value));
        double r = Math.scalb(x, n);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    /** {@code math.modf(x)}: the fractional and integer parts, both with x's sign. */
    @ExposedFunction
    static PyObject modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
        }
        double ip = x >= 0 ? Math.floor(x) : Math.ceil(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
    }
}

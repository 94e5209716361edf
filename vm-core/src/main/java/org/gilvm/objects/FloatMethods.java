package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The methods of {@code float}, CPython's {@code Objects/floatobject.c}. The classmethod
 * {@code fromhex} and the attributes real/imag are installed by {@link ClassAttributes}.
 */
final class FloatMethods {
    private FloatMethods() {}

    @ExposedMethod(name = "__format__")
    static String format(ThreadState ts, PyFloat self, PyObject spec) {
        return FloatFormat.format(self.value, StrMethods.str(spec, "__format__() argument "), self.type().name());
    }

    @ExposedMethod(name = "is_integer")
    static boolean isInteger(PyFloat self) {
        double x = self.value;
        return Double.isFinite(x) && x == Math.floor(x);
    }

    @ExposedMethod
    static PyFloat conjugate(ThreadState ts, PyFloat self) {
        if (self.getClass() == PyFloat.class) {
            ts.incref(self);
            return self;
        }
        return new PyFloat(self.value);
    }

    @ExposedMethod(name = "__trunc__")
    static PyInt trunc(PyFloat self) {
        return NumberParsing.fromDouble(self.value);
    }

    @ExposedMethod(name = "__floor__")
    static PyInt floor(PyFloat self) {
        return NumberParsing.fromDouble(Math.floor(self.value));
    }

    @ExposedMethod(name = "__ceil__")
    static PyInt ceil(PyFloat self) {
        return NumberParsing.fromDouble(Math.ceil(self.value));
    }

    @ExposedMethod(name = "__round__", sig = "ndigits=None")
    static PyObject round(ThreadState ts, PyFloat self, PyObject ndigits) {
        return round(ts, self.value, ndigits);
    }

    /** CPython's float___round___impl; ndigits None rounds to an int. */
    static PyObject round(ThreadState ts, double x, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.None) {
            return NumberParsing.fromDouble(Math.rint(x));
        }
        long n = Abstract.asClampedLong(ts, ndigits);
        if (!Double.isFinite(x)) {
            return new PyFloat(x);
        }
        // Beyond these, x rounds to itself or to a signed zero (0.30103 bounds log10(2)).
        if (n > 323) {
            return new PyFloat(x);
        }
        if (n < -308) {
            return new PyFloat(0.0 * x);
        }
        return new PyFloat(roundDouble(x, (int) n));
    }

    /** CPython's double_round: the exact value rounded to n decimals, back to the nearest double. */
    static double roundDouble(double x, int n) {
        FloatDigits d = FloatDigits.fixed(x, n);
        if (d.digits.isEmpty()) {
            return 0.0 * x;
        }
        double r = Double.parseDouble("0." + d.digits + "e" + d.decpt);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    @ExposedMethod(name = "as_integer_ratio")
    static PyTuple asIntegerRatio(PyFloat self) {
        double x = self.value;
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0.0) {
            return PyTuple.of(PyInt.ZERO, PyInt.ONE);
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mant : mant);
        if (exp >= 0) {
            return PyTuple.of(PyInt.of(num.shiftLeft(exp)), PyInt.ONE);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(BigInteger.ONE.shiftLeft(-exp)));
    }

    /** {@code float.hex()}: 13 hex digits of fraction always, as CPython's float_hex. */
    @ExposedMethod
    static String hex(PyFloat self) {
        double x = self.value;
        if (!Double.isFinite(x)) {
            return FloatFormat.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0.0) {
            return sign + "0x0.0p+0";
        }
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        char lead = '1';
        if (exp == 0) {
            lead = '0';
            exp = -1022;
        } else {
            exp -= 1023;
        }
        String frac = Long.toHexString(mant);
        return sign + "0x" + lead + "." + "0".repeat(13 - frac.length()) + frac + "p" + (exp < 0 ? "-" : "+")
                + Math.abs(exp);
    }

    /**
     * {@code float.fromhex(s)}: CPython's float_fromhex grammar
     * ({@code [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]}, or inf/nan), rounded
     * by Java's hexadecimal floating-point parser, which rounds half-even like CPython.
     */
    static double fromhex(String text) {
        String s = text.strip();
        int i = 0, n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            i += 2;
        }
        int intStart = i;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80) {
            i++;
        }
        String intDigits = s.substring(intStart, i);
        String fracDigits = "";
        if (i < n && s.charAt(i) == '.') {
            int fracStart = ++i;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80) {
                i++;
            }
            fracDigits = s.substring(fracStart, i);
        }
        if (intDigits.isEmpty() && fracDigits.isEmpty()) {
            throw invalidHex();
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean expNegative = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            int expStart = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                // Clamp: anything this large overflows or underflows anyway.
                exp = Math.min(exp * 10 + (s.charAt(i) - '0'), 1_000_000);
                i++;
            }
            if (i == expStart) {
                throw invalidHex();
            }
            exp = expNegative ? -exp : exp;
        }
        if (i != n) {
            throw invalidHex();
        }
        double r = Double.parseDouble("0x" + (intDigits.isEmpty() ? "0" : intDigits) + "." + fracDigits + "p" + exp);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -r : r;
    }

    private static PyException invalidHex() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }
}

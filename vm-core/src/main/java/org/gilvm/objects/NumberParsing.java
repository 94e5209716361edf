package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.interp.ThreadState;

/** {@code int(x)}, {@code int(s, base)}, {@code float(s)}: CPython's literal parsing rules. */
public final class NumberParsing {
    private NumberParsing() {}

    /** {@code int(x)} for one argument. */
    static PyObject toInt(ThreadState ts, PyObject x) {
        if (x instanceof PyInt i) {
            if (x.getClass() == PyInt.class) {
                ts.incref(i);
                return i;
            }
            return i.isSmall() ? PyInt.of(i.value) : PyInt.of(i.big);
        }
        if (x instanceof PyFloat f) {
            return fromDouble(f.value);
        }
        if (x instanceof PyStr s) {
            return parseInt(s.value(), 10);
        }
        PyObject r = SpecialMethods.callOptional(ts, x, "__int__");
        if (r == null) {
            r = SpecialMethods.callOptional(ts, x, "__index__");
        }
        if (r == null) {
            r = SpecialMethods.callOptional(ts, x, "__trunc__");
        }
        if (r instanceof PyInt) {
            return r;
        }
        if (r != null) {
            ts.decref(r);
            throw Errors.typeError("__int__ returned non-int (type " + r.type().name() + ")");
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** Truncates a float to an int. */
    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /** {@code int(s, base)} with CPython's whitespace, sign, underscore and prefix rules. */
    public static PyInt parseInt(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = text.strip();
        String err = "invalid literal for int() with base " + base + ": " + StrRepr.repr(text);
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            if (s.length() - i > 1 && s.charAt(i) == '0') {
                for (int k = i; k < s.length(); k++) {
                    if (s.charAt(k) != '0' && s.charAt(k) != '_') {
                        throw Errors.valueError(err);
                    }
                }
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw Errors.valueError(err);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) {
                throw Errors.valueError(err);
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            throw Errors.valueError(err);
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(neg ? v.negate() : v);
    }

    /** {@code float(s)}: decimal literals, inf, nan, with whitespace and underscores. */
    public static double parseFloat(String text) {
        return parseFloat(null, text, null);
    }

    /** {@code float(b)} for bytes: the text is b's Latin-1 decoding; the error shows b's repr. */
    static double parseFloat(ThreadState ts, String text, BytesLike shown) {
        String s = text.strip().toLowerCase();
        String err = "could not convert string to float: "
                + (shown == null ? StrRepr.repr(text) : shown.repr(ts));
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        boolean neg = s.startsWith("-");
        switch (body) {
            case "inf", "infinity" -> {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> { }
        }
        if (body.isEmpty() || !body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?")
                || body.startsWith(".") && body.length() == 1 || body.startsWith("e") || body.startsWith(".e")) {
            throw Errors.valueError(err);
        }
        try {
            double d = Double.parseDouble(body.replace("_", ""));
            return neg ? -d : d;
        } catch (NumberFormatException e) {
            throw Errors.valueError(err);
        }
    }
}

package org.gilvm.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of a double, as David Gay's {@code _Py_dg_dtoa} produces them for CPython:
 * {@code |x| = 0.DIGITS × 10**decpt}, no trailing zeros, correctly rounded from the exact
 * binary value (ties to even, which only happen when the binary value is exactly halfway).
 *
 * <p>Mode 0 is the shortest string that round-trips (Java 19+'s {@code Double.toString} finds
 * the same digits). Modes 2 and 3 round the exact value: when the shortest digits prove to
 * be on the right side of the rounding boundary, they are rounded directly; otherwise the
 * exact value is rounded with BigDecimal. Shortcutting through the shortest digits is only
 * safe when they are spaced wider than the double's ulp: see {@link #coarserThanUlp}.
 */
final class FloatDigits {
    final String digits;
    final int decpt;

    private FloatDigits(String digits, int decpt) {
        this.digits = digits;
        this.decpt = decpt;
    }

    private static final FloatDigits ZERO = new FloatDigits("0", 1);

    /** Shortest round-trip digits of |x| (finite). */
    static FloatDigits shortest(double x) {
        if (x == 0.0) {
            return ZERO;
        }
        double ax = Math.abs(x);
        FloatDigits d = ofJava(Double.toString(ax));
        return d.digits.length() == 2 && ax < Double.MIN_NORMAL ? oneDigit(d, ax) : d;
    }

    /** The digits of Double.toString's "123.45" or "1.2345E-7", without leading or trailing zeros. */
    private static FloatDigits ofJava(String s) {
        int ePos = s.indexOf('E');
        int end = ePos < 0 ? s.length() : ePos;
        int exp = ePos < 0 ? 0 : Integer.parseInt(s, ePos + 1, s.length(), 10);
        int dot = s.indexOf('.');
        StringBuilder all = new StringBuilder(end).append(s, 0, dot).append(s, dot + 1, end);
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        int trail = all.length();
        while (trail > lead + 1 && all.charAt(trail - 1) == '0') {
            trail--;
        }
        return new FloatDigits(all.substring(lead, trail), dot + exp - lead);
    }

    /**
     * Java's Double.toString never gives fewer than two digits: when one digit would do, it
     * picks the closest two-digit decimal (4.9e-324 for Double.MIN_VALUE, where dtoa gives
     * 5e-324). Only subnormals, with few significant bits, can differ (a normal double's
     * rounding interval is far narrower than the spacing of two-digit decimals); this finds
     * the one-digit decimals that round-trip and keeps the closer.
     */
    private static FloatDigits oneDigit(FloatDigits d, double ax) {
        int first = d.digits.charAt(0) - '0';
        FloatDigits down = new FloatDigits(String.valueOf(first), d.decpt);
        FloatDigits up = first == 9 ? new FloatDigits("1", d.decpt + 1) : new FloatDigits(String.valueOf(first + 1), d.decpt);
        boolean downOk = down.value() == ax, upOk = up.value() == ax;
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(ax);
            BigDecimal dd = exact.subtract(down.decimal()).abs(), du = up.decimal().subtract(exact).abs();
            return du.compareTo(dd) < 0 ? up : down;
        }
        return downOk ? down : upOk ? up : d;
    }

    private BigDecimal decimal() {
        return new BigDecimal(new java.math.BigInteger(digits), digits.length() - decpt);
    }

    private double value() {
        return Double.parseDouble("0." + digits + "e" + decpt);
    }

    /** {@code n} significant digits (n >= 1) of |x|, dtoa mode 2. */
    static FloatDigits significant(double x, int n) {
        if (x == 0.0) {
            return ZERO;
        }
        FloatDigits s = shortest(x);
        FloatDigits quick = s.roundAt(n, x);
        if (quick != null) {
            return quick;
        }
        return of(new BigDecimal(Math.abs(x)).round(new MathContext(n, RoundingMode.HALF_EVEN)), n);
    }

    /**
     * |x| rounded to {@code n} digits after the decimal point (n may be negative: tens,
     * hundreds...), dtoa mode 3. A result of zero has no digits and decpt = -n.
     */
    static FloatDigits fixed(double x, int n) {
        if (x == 0.0) {
            return ZERO;
        }
        FloatDigits s = shortest(x);
        long keep = (long) s.decpt + n;
        if (keep > 0) {
            FloatDigits quick = s.roundAt((int) Math.min(keep, Integer.MAX_VALUE), x);
            if (quick != null) {
                return quick;
            }
        }
        BigDecimal r = new BigDecimal(Math.abs(x)).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new FloatDigits("", -n);
        }
        return of(r, Integer.MAX_VALUE);
    }

    private static FloatDigits of(BigDecimal r, int maxDigits) {
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return new FloatDigits(end == u.length() ? u : u.substring(0, end), decpt);
    }

    /**
     * These (shortest) digits rounded to {@code n} significant digits, or null when that could
     * differ from rounding the exact value of x.
     */
    private FloatDigits roundAt(int n, double x) {
        int len = digits.length();
        if (len <= n) {
            // Padding with zeros is exact if no other n-digit decimal can be nearer to x.
            return coarserThanUlp(decpt - n, x) ? this : null;
        }
        char next = digits.charAt(n);
        if (next == '5' && len == n + 1) {
            return null;
        }
        if (!coarserThanUlp(decpt - len, x)) {
            return null;
        }
        if (next < '5') {
            int end = n;
            while (end > 0 && digits.charAt(end - 1) == '0') {
                end--;
            }
            return end == 0 ? null : new FloatDigits(digits.substring(0, end), decpt);
        }
        char[] d = digits.substring(0, n).toCharArray();
        int i = n - 1;
        while (i >= 0 && d[i] == '9') {
            i--;
        }
        if (i < 0) {
            return new FloatDigits("1", decpt + 1);
        }
        d[i]++;
        return new FloatDigits(new String(d, 0, i + 1), decpt);
    }

    /**
     * Whether 10**k is safely larger than the ulp of x. Then any decimal on the 10**k grid
     * within half an ulp of x is the grid point nearest to x, and a shortest-digits string on
     * that grid lies on the same side of every rounding midpoint as x. The margin keeps
     * floating-point error in k·log2(10) from mattering; near misses take the exact path.
     */
    private static boolean coarserThanUlp(long k, double x) {
        int e = Math.getExponent(x);
        int ulpExp = e < Double.MIN_EXPONENT ? -1074 : e - 52;
        return k * 3.321928094887362 > ulpExp + 0.01;
    }
}

package org.gilvm.objects;

/**
 * Floats as text: CPython's {@code PyOS_double_to_string} and {@code format_float_short}
 * ({@code Python/pystrtod.c}), and {@code float.__format__} (format_float_internal in
 * {@code Python/formatter_unicode.c}).
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Py_DTSF_* flags. */
    static final int SIGN = 1, ADD_DOT_0 = 2, ALT = 4, NO_NEG_0 = 8;

    /**
     * PyOS_double_to_string: {@code code} is one of e E f F g G r; the result starts with
     * '-' for negative values (and '+' for others with {@link #SIGN}).
     */
    public static String toString(double x, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char c = Character.toLowerCase(code);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            String s = Double.isNaN(x) ? "nan" : "inf";
            if (upper) {
                s = s.toUpperCase(java.util.Locale.ROOT);
            }
            if (Double.isInfinite(x) && x < 0) {
                return "-" + s;
            }
            return (flags & SIGN) != 0 ? "+" + s : s;
        }
        FloatDigits d;
        switch (c) {
            case 'e' -> d = FloatDigits.significant(x, precision + 1);
            case 'f' -> d = FloatDigits.fixed(x, precision);
            case 'g' -> d = FloatDigits.significant(x, precision == 0 ? 1 : precision);
            case 'r' -> d = FloatDigits.shortest(x);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if ((flags & NO_NEG_0) != 0 && (d.digits.isEmpty() || d.digits.equals("0"))) {
            negative = false;
        }
        return layout(d, c, precision, flags, upper, negative);
    }

    /** The digit layout of format_float_short. */
    private static String layout(FloatDigits d, char code, int precision, int flags, boolean upper,
                                 boolean negative) {
        String digits = d.digits;
        int digitsLen = digits.length();
        int decpt = d.decpt;
        boolean alt = (flags & ALT) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean useExp = false;
        int exp = 0;
        int vdigitsEnd = digitsLen;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision + 1;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                int p = precision == 0 ? 1 : precision;
                if (decpt <= -4 || decpt > (addDot0 ? p - 1 : p)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = p;
                }
            }
            default -> useExp = decpt <= -4 || decpt > 16;
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        StringBuilder sb = new StringBuilder(vdigitsEnd - vdigitsStart + 8);
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    /** {@code repr(x)}: the shortest digits that round-trip, CPython's float_repr. */
    public static String repr(double x) {
        return toString(x, 'r', 0, ADD_DOT_0);
    }

    /** {@code float.__format__(spec)}; {@code typeName} names the value in errors. */
    static String format(double x, String spec, String typeName) {
        if (spec.isEmpty()) {
            return repr(x);
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, '\0', '>');
        return formatParsed(x, f);
    }

    /** format_float_internal for a parsed spec (int values with float types come here too). */
    static String formatParsed(double x, FormatSpec f) {
        int type = f.type;
        switch (type) {
            case '\0', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> { }
            default -> throw f.unknownType();
        }
        int flags = 0;
        if (f.alternate) {
            flags |= ALT;
        }
        if (f.noNegZero) {
            flags |= NO_NEG_0;
        }
        int precision = f.precision;
        int defaultPrecision = 6;
        if (type == '\0') {
            flags |= ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
            f.separator = FormatSpec.NONE;
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            x *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String s = toString(x, (char) type, precision, flags);
        boolean negative = s.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int i = start;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        String digits = s.substring(start, i);
        String tail = percent ? s.substring(i) + "%" : s.substring(i);
        return f.number(negative, "", digits, tail, tail.length());
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * The format-spec mini-language, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * and the builtin {@code format(value, spec)}.
 *
 * <p>Compare CPython {@code Python/formatter_unicode.c}: {@link #parse} is
 * {@code parse_internal_render_format_spec}, {@link #number} is {@code calc_number_widths}
 * plus {@code fill_number}, {@link #group} is {@code _PyUnicode_InsertThousandsGrouping}.
 * The type-specific renderers are {@link IntFormat} and {@link FloatFormat}; strings are
 * handled here ({@code format_string_internal}). Numbers are formatted in the C locale, so
 * {@code 'n'} never groups.
 */
public final class FormatSpec {
    /** No type or no sign given. */
    static final char NONE = '\0';

    /** The fill character, a code point. */
    int fill = ' ';
    char align;
    char sign = NONE;
    boolean noNegZero;
    boolean alternate;
    /** -1 when not given. */
    int width = -1;
    /** ',' or '_' or NONE. */
    char separator = NONE;
    /** Digits between separators: 3, or 4 for '_' with b, o, x, X. */
    int groupSize = 3;
    /** -1 when not given. */
    int precision = -1;
    /** A code point: the presentation type or NONE. */
    int type;
    /** The formatted value's type, for error messages. */
    final String typeName;

    private FormatSpec(String typeName) {
        this.typeName = typeName;
    }

    /** {@code format(value, spec)}: fast paths for str, int and float, else {@code type(value).__format__}. */
    public static String format(ThreadState ts, PyObject value, String spec) {
        if (value instanceof PyStr s && value.getClass() == PyStr.class) {
            return spec.isEmpty() ? s.value() : formatStr(s, spec);
        }
        if (value instanceof PyInt i && !i.type().isHeapType()) {
            return spec.isEmpty() ? i.repr(ts) : IntFormat.format(ts, i, spec);
        }
        if (value instanceof PyFloat f && value.getClass() == PyFloat.class) {
            return spec.isEmpty() ? FloatFormat.repr(f.value) : FloatFormat.format(f.value, spec, "float");
        }
        PyStr specObj = new PyStr(spec);
        PyObject r;
        try {
            r = SpecialMethods.call(ts, value, "__format__", specObj);
        } finally {
            ts.decref(specObj);
        }
        String name = r.type().name();
        String v = r instanceof PyStr s ? s.value() : null;
        ts.decref(r);
        if (v == null) {
            throw Errors.typeError("__format__ must return a str, not " + name);
        }
        return v;
    }

    /** {@code str.__format__}: CPython's format_string_internal. */
    static String formatStr(PyStr s, String spec) {
        FormatSpec f = parse(spec, s.type().name(), 's', '<');
        if (f.type != 's') {
            throw f.unknownType();
        }
        if (f.sign != NONE) {
            throw Errors.valueError(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        String v = s.value();
        int len = s.codePointLength();
        if (f.precision >= 0 && len > f.precision) {
            v = s.substring(0, f.precision);
            len = f.precision;
        }
        if (f.width <= len) {
            return v;
        }
        int pad = f.width - len;
        int left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
        StringBuilder sb = new StringBuilder(v.length() + pad);
        f.pad(sb, left);
        sb.append(v);
        f.pad(sb, pad - left);
        return sb.toString();
    }

    /**
     * Parses {@code spec} for a value of type {@code typeName}.
     * Compare CPython parse_internal_render_format_spec.
     */
    static FormatSpec parse(String spec, String typeName, char defaultType, char defaultAlign) {
        FormatSpec f = new FormatSpec(typeName);
        f.align = defaultAlign;
        f.type = defaultType;
        int end = spec.length();
        int pos = 0;
        boolean fillGiven = false, alignGiven = false;
        int first = end > 0 ? spec.codePointAt(0) : 0;
        int firstLen = Character.charCount(first);
        if (end > firstLen && isAlign(spec.charAt(firstLen))) {
            f.fill = first;
            f.align = spec.charAt(firstLen);
            fillGiven = alignGiven = true;
            pos = firstLen + 1;
        } else if (end > 0 && isAlign(spec.charAt(0))) {
            f.align = spec.charAt(0);
            alignGiven = true;
            pos = 1;
        }
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            f.sign = spec.charAt(pos++);
        }
        if (pos < end && spec.charAt(pos) == 'z') {
            f.noNegZero = true;
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillGiven && pos < end && spec.charAt(pos) == '0') {
            f.fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        long width = 0;
        for (int d; pos < end && (d = Character.digit(spec.charAt(pos), 10)) >= 0; pos++) {
            width = accumulate(width, d);
        }
        f.width = pos == start ? -1 : checkSize(width);
        if (pos < end && spec.charAt(pos) == ',') {
            f.separator = ',';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (f.separator != NONE) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            f.separator = '_';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',') {
            throw Errors.valueError(f.separator == '_' ? "Cannot specify both ',' and '_'."
                    : "Cannot specify ',' with ','.");
        }
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            long precision = 0;
            for (int d; pos < end && (d = Character.digit(spec.charAt(pos), 10)) >= 0; pos++) {
                precision = accumulate(precision, d);
            }
            if (pos == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            f.precision = checkSize(precision);
        }
        if (pos < end) {
            int t = spec.codePointAt(pos);
            if (pos + Character.charCount(t) < end) {
                throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '"
                        + typeName + "'");
            }
            f.type = t;
        }
        if (f.separator != NONE) {
            f.checkSeparatorType();
        }
        return f;
    }

    private void checkSeparatorType() {
        switch (type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', NONE -> { }
            case 'b', 'o', 'x', 'X' -> {
                if (separator != '_') {
                    throw separatorError();
                }
                groupSize = 4;
            }
            default -> throw separatorError();
        }
    }

    private PyException separatorError() {
        String t = type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
        return Errors.valueError("Cannot specify '" + separator + "' with '" + t + "'.");
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static long accumulate(long acc, int digit) {
        if (acc > (Long.MAX_VALUE - digit) / 10) {
            throw Errors.valueError("Too many decimal digits in format string");
        }
        return acc * 10 + digit;
    }

    /** Widths and precisions CPython would accept but no Java string can hold. */
    private static int checkSize(long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR);
        }
        return (int) n;
    }

    /** CPython's unknown_presentation_type. */
    PyException unknownType() {
        String t = type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
        return Errors.valueError("Unknown format code '" + t + "' for object of type '" + typeName + "'");
    }

    void pad(StringBuilder sb, int n) {
        if (fill < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = 0; i < n; i++) {
                sb.append((char) fill);
            }
        } else {
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint(fill);
            }
        }
    }

    /**
     * Lays out a number, CPython's calc_number_widths and fill_number:
     * {@code <lpad><sign><prefix><spad><grouped digits><tail><rpad>}, where {@code tail} is
     * everything after the integer digits (decimal point, fraction, exponent, '%'), and
     * {@code tailLen} its length in code points.
     */
    String number(boolean negative, String prefix, String digits, String tail, int tailLen) {
        char signChar = negative ? '-' : sign == '+' ? '+' : sign == ' ' ? ' ' : NONE;
        int nSign = signChar == NONE ? 0 : 1;
        int nonDigits = nSign + prefix.length() + tailLen;
        int minWidth = fill == '0' && align == '=' ? width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, separator == NONE ? 0 : groupSize, separator);
        int padding = width - (nonDigits + grouped.length());
        if (padding <= 0 && nSign == 0 && prefix.isEmpty()) {
            return tail.isEmpty() ? grouped : grouped.concat(tail);
        }
        int lpad = 0, spad = 0, rpad = 0;
        if (padding > 0) {
            switch (align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder sb = new StringBuilder(Math.max(width, 0) + grouped.length() + tail.length() + 4);
        pad(sb, lpad);
        if (nSign != 0) {
            sb.append(signChar);
        }
        sb.append(prefix);
        pad(sb, spad);
        sb.append(grouped).append(tail);
        pad(sb, rpad);
        return sb.toString();
    }

    /**
     * Inserts separators every {@code size} digits from the right (none when size is 0) and
     * left-pads with zeros (and separators) to at least {@code minWidth} characters.
     * Compare CPython's _PyUnicode_InsertThousandsGrouping, whose loop this follows.
     */
    static String group(String digits, int minWidth, int size, char sep) {
        minWidth = Math.max(0, minWidth);
        int remaining = digits.length();
        if (size == 0 && minWidth <= remaining) {
            return digits;
        }
        StringBuilder rev = new StringBuilder(Math.max(minWidth, remaining + remaining / 3) + 2);
        int pos = digits.length();
        boolean useSep = false;
        boolean done = false;
        if (size > 0) {
            while (true) {
                int len = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
                pos = fillGroup(rev, digits, pos, remaining, len, useSep, sep);
                useSep = true;
                remaining -= Math.max(0, Math.min(remaining, len));
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    done = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!done) {
            int len = Math.max(Math.max(remaining, minWidth), 1);
            fillGroup(rev, digits, pos, remaining, len, useSep, sep);
        }
        return rev.reverse().toString();
    }

    /** Appends, reversed, one group: a separator, then up to len digits, then zeros. */
    private static int fillGroup(StringBuilder rev, String digits, int pos, int remaining, int len,
                                 boolean useSep, char sep) {
        int zeros = Math.max(0, len - remaining);
        int chars = Math.max(0, Math.min(remaining, len));
        if (useSep) {
            rev.append(sep);
        }
        for (int i = 0; i < chars; i++) {
            rev.append(digits.charAt(--pos));
        }
        for (int i = 0; i < zeros; i++) {
            rev.append('0');
        }
        return pos;
    }
}

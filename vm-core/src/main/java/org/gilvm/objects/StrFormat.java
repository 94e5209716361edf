package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code str % args}, printf-style formatting: CPython's PyUnicode_Format
 * ({@code Objects/unicodeobject.c}, unicode_format_arg_parse/_format/_output). The same
 * parser serves {@code bytes % args} (_PyBytes_FormatEx), with the bytes conversions of
 * {@link BytesFormat}.
 *
 * <p>{@code args} is a tuple of values, or a single value, or a mapping for {@code %(name)s};
 * as in CPython, any non-tuple, non-str object with {@code __getitem__} counts as a mapping,
 * which also disables the "not all arguments converted" check.
 */
public final class StrFormat {
    private static final int LJUST = 1, SIGN = 2, BLANK = 4, ALT = 8, ZERO = 16;

    private final ThreadState ts;
    private final String fmt;
    private int pos;
    private PyObject args;
    /** The tuple's length, or -1 for a single value. */
    private int argLen;
    private int argIdx;
    private final PyObject dict;
    private final StringBuilder out;
    /** Formatting bytes: fmt and out hold one byte per char (Latin-1); see {@link BytesFormat}. */
    private final boolean bytes;

    private StrFormat(ThreadState ts, String fmt, PyObject args, boolean bytes) {
        this.ts = ts;
        this.fmt = fmt;
        this.bytes = bytes;
        this.out = new StringBuilder(fmt.length() + 16);
        if (args instanceof PyTuple t) {
            argLen = t.size();
            argIdx = 0;
        } else {
            argLen = -1;
            argIdx = -2;
        }
        this.args = args;
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyStr)
                && !(bytes && args instanceof BytesLike) && args.type().lookup("__getitem__") != null;
        this.dict = mapping ? args : null;
    }

    public static String percent(ThreadState ts, String format, PyObject args) {
        return percent(ts, format, args, false);
    }

    /** {@code format % args} for str, or for bytes when {@code bytes} (format and result Latin-1). */
    static String percent(ThreadState ts, String format, PyObject args, boolean bytes) {
        StrFormat f = new StrFormat(ts, format, args, bytes);
        PyObject original = args;
        try {
            return f.run();
        } finally {
            if (f.args != original) {
                ts.decref(f.args);
            }
        }
    }

    private String run() {
        int n = fmt.length();
        while (pos < n) {
            int pct = fmt.indexOf('%', pos);
            if (pct < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, pct);
            pos = pct + 1;
            formatArg();
        }
        if (argIdx < argLen && dict == null) {
            throw notAllConverted();
        }
        return out.toString();
    }

    private PyObject nextArg() {
        if (argIdx < argLen) {
            int i = argIdx++;
            return argLen < 0 ? args : ((PyTuple) args).get(i);
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    /** The character at pos, advancing; -1 past the end. */
    private int read() {
        if (pos >= fmt.length()) {
            pos++;
            return -1;
        }
        int c = fmt.codePointAt(pos);
        pos += Character.charCount(c);
        return c;
    }

    private PyException incomplete() {
        return Errors.valueError("incomplete format");
    }

    /** One conversion, pos just past its '%'. */
    private void formatArg() {
        int c = read();
        if (c == '%') {
            out.append('%');
            return;
        }
        if (c == '(') {
            parseKey();
            c = read();
        }
        int flags = 0;
        for (int bit; (bit = flagBit(c)) != 0; c = read()) {
            flags |= bit;
        }
        long width = -1;
        if (c == '*') {
            width = starArg();
            if (width < 0) {
                flags |= LJUST;
                width = -width;
            }
            c = read();
        } else if (c >= '0' && c <= '9') {
            width = c - '0';
            while ((c = read()) >= '0' && c <= '9') {
                if (width > (Long.MAX_VALUE - (c - '0')) / 10) {
                    throw Errors.valueError("width too big");
                }
                width = width * 10 + (c - '0');
            }
        }
        int prec = -1;
        if (c == '.') {
            prec = 0;
            c = read();
            if (c == '*') {
                long p = starArg();
                if (p > Integer.MAX_VALUE || p < Integer.MIN_VALUE) {
                    throw Errors.overflowError("Python int too large to convert to C int");
                }
                prec = (int) Math.max(p, 0);
                c = read();
            } else if (c >= '0' && c <= '9') {
                prec = c - '0';
                while ((c = read()) >= '0' && c <= '9') {
                    if (prec > (Integer.MAX_VALUE - (c - '0')) / 10) {
                        throw Errors.valueError("precision too big");
                    }
                    prec = prec * 10 + (c - '0');
                }
            }
        }
        if (c == 'h' || c == 'l' || c == 'L') {
            c = read();
        }
        if (c < 0) {
            throw incomplete();
        }
        if (width > Integer.MAX_VALUE - 16) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR);
        }
        Conversion conv = new Conversion(c, flags, (int) width, prec);
        String body = format(conv);
        output(conv, body);
        if (dict != null && argIdx < argLen) {
            throw notAllConverted();
        }
    }

    private PyException notAllConverted() {
        return Errors.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
    }

    private static int flagBit(int c) {
        return switch (c) {
            case '-' -> LJUST;
            case '+' -> SIGN;
            case ' ' -> BLANK;
            case '#' -> ALT;
            case '0' -> ZERO;
            default -> 0;
        };
    }

    /** {@code %(key)}: the value for key becomes the single argument. */
    private void parseKey() {
        if (dict == null) {
            throw Errors.typeError("format requires a mapping");
        }
        int start = pos;
        int depth = 1;
        while (depth > 0 && pos < fmt.length()) {
            char ch = fmt.charAt(pos++);
            if (ch == ')') {
                depth--;
            } else if (ch == '(') {
                depth++;
            }
        }
        if (depth > 0) {
            throw Errors.valueError("incomplete format key");
        }
        PyObject key = bytes ? BytesFormat.latin1Bytes(fmt.substring(start, pos - 1))
                : new PyStr(fmt.substring(start, pos - 1));
        PyObject value;
        try {
            value = dict.getItem(ts, key);
        } finally {
            ts.decref(key);
        }
        if (args != dict) {
            ts.decref(args);
        }
        args = value;
        argLen = -1;
        argIdx = -2;
    }

    private long starArg() {
        PyObject v = nextArg();
        if (!(v instanceof PyInt i)) {
            throw Errors.typeError("* wants int");
        }
        return i.longValue();
    }

    /** One parsed conversion: CPython's unicode_format_arg_t. */
    private static final class Conversion {
        final int ch;
        final int flags;
        final int width;
        final int prec;
        /** Whether the body is numeric (a sign and zero padding apply). */
        boolean numeric;

        Conversion(int ch, int flags, int width, int prec) {
            this.ch = ch;
            this.flags = flags;
            this.width = width;
            this.prec = prec;
        }
    }

    /** unicode_format_arg_format: the converted text, before padding. */
    private String format(Conversion a) {
        PyObject v = nextArg();
        if (bytes) {
            switch (a.ch) {
                case 's', 'b':
                    return BytesFormat.bytesArg(ts, v);
                case 'r', 'a':
                    return StrRepr.ascii(v.repr(ts));
                case 'c':
                    return BytesFormat.byteChar(v);
                default:
                    break;
            }
        }
        switch (a.ch) {
            case 's':
                return Abstract.str(ts, v);
            case 'r':
                return v.repr(ts);
            case 'a':
                return StrRepr.ascii(v.repr(ts));
            case 'i', 'd', 'u', 'o', 'x', 'X':
                a.numeric = true;
                return formatLong(v, a);
            case 'e', 'E', 'f', 'F', 'g', 'G':
                double x = Abstract.asDouble(ts, v);
                a.numeric = true;
                return FloatFormat.toString(x, (char) a.ch, a.prec < 0 ? 6 : a.prec,
                        (a.flags & ALT) != 0 ? FloatFormat.ALT : 0);
            case 'c':
                return new String(Character.toChars(formatChar(v)));
            default: {
                int c = a.ch;
                throw Errors.valueError("unsupported format character '" + (c >= 31 && c <= 126 ? (char) c : '?')
                        + "' (0x" + Integer.toHexString(c) + ") at index "
                        + (fmt.codePointCount(0, pos) - 1));
            }
        }
    }

    /** mainformatlong and _PyUnicode_FormatLong: an int (or a float for d/i/u) in a base. */
    private String formatLong(PyObject v, Conversion a) {
        int type = a.ch;
        PyInt iv;
        if (v instanceof PyInt i) {
            iv = i;
        } else if (type == 'o' || type == 'x' || type == 'X') {
            if (v.type().lookup("__index__") == null) {
                throw Errors.typeError("%" + (char) type + " format: an integer is required, not " + v.type().name());
            }
            iv = Abstract.index(ts, v);
        } else if (v instanceof PyFloat f) {
            iv = NumberParsing.fromDouble(f.value);
        } else if (v.type().lookup("__int__") != null || v.type().lookup("__index__") != null) {
            iv = (PyInt) NumberParsing.toInt(ts, v);
        } else {
            throw Errors.typeError("%" + (char) type + " format: a real number is required, not " + v.type().name());
        }
        int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = IntFormat.absDigits(iv, base);
        boolean negative = iv.signum() < 0;
        if (iv != v) {
            ts.decref(iv);
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (negative) {
            sb.append('-');
        }
        if ((a.flags & ALT) != 0 && base != 10) {
            sb.append('0').append(type == 'o' ? 'o' : 'x');
        }
        for (int k = digits.length(); k < a.prec; k++) {
            sb.append('0');
        }
        sb.append(digits);
        String s = sb.toString();
        return type == 'X' ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    /** formatchar: an int code point or a one-character str. */
    private static int formatChar(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.codePointLength() == 1) {
                return s.codePointAt(0);
            }
            throw Errors.typeError("%c requires int or char");
        }
        if (!(v instanceof PyInt i)) {
            throw Errors.typeError("%c requires int or char");
        }
        if (!i.isSmall() || i.value < 0 || i.value > Character.MAX_CODE_POINT) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return (int) i.value;
    }

    /** unicode_format_arg_output: sign, '0x' prefix, padding and precision truncation. */
    private void output(Conversion a, String str) {
        boolean isText = a.ch == 's' || a.ch == 'r' || a.ch == 'a' || bytes && a.ch == 'b';
        int len = str.codePointCount(0, str.length());
        if ((a.width < 0 || a.width <= len) && (a.prec < 0 || a.prec >= len)
                && (a.flags & (SIGN | BLANK)) == 0) {
            out.append(str);
            return;
        }
        if (isText && a.prec >= 0 && len > a.prec) {
            str = str.substring(0, str.offsetByCodePoints(0, a.prec));
            len = a.prec;
        }
        char fill = a.numeric && (a.flags & ZERO) != 0 ? '0' : ' ';
        int p = 0;
        char signChar = 0;
        boolean sign = a.numeric;
        if (sign) {
            char first = str.isEmpty() ? 0 : str.charAt(0);
            if (first == '-' || first == '+') {
                signChar = first;
                len--;
                p++;
            } else if ((a.flags & SIGN) != 0) {
                signChar = '+';
            } else if ((a.flags & BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        int width = Math.max(a.width, len);
        if (sign) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (a.flags & ALT) != 0 && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append(str, p, p + 2);
                p += 2;
            }
            width = Math.max(width - 2, 0);
            len -= 2;
        }
        if (width > len && (a.flags & LJUST) == 0) {
            for (int k = width - len; k > 0; k--) {
                out.append(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signChar);
            }
            if (prefix) {
                out.append(str, p, p + 2);
                p += 2;
            }
        }
        out.append(str, p, str.length());
        for (int k = width - len; k > 0; k--) {
            out.append(' ');
        }
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code complex(real=0, imag=0)} and {@code complex(string)}: CPython's complex_new_impl. */
final class ComplexNew {
    private ComplexNew() {}

    static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int n, String[] kw) {
        int given = n + (kw == null ? 0 : kw.length);
        if (given > 2) {
            throw Errors.typeError("complex() takes at most 2 arguments (" + given + " given)");
        }
        PyObject r = n > 0 ? argv[off] : null;
        PyObject i = n > 1 ? argv[off + 1] : null;
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                int slot = kw[k].equals("real") ? 0 : kw[k].equals("imag") ? 1 : -1;
                if (slot < 0) {
                    throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for complex()");
                }
                if (slot < n) {
                    throw Errors.typeError("argument for complex() given by name ('" + kw[k] + "') and position ("
                            + (slot + 1) + ")");
                }
                if (slot == 0) {
                    r = argv[off + n + k];
                } else {
                    i = argv[off + n + k];
                }
            }
        }
        if (r == null) {
            r = PyInt.ZERO;
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.value());
        }
        if (i instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        if (r.getClass() == PyComplex.class && i == null) {
            ts.incref(r);
            return r;
        }
        PyComplex cr = part(ts, r, "first argument must be a string or a number");
        // CPython's cr_is_complex: only a complex part brings an imaginary part to add.
        boolean crComplex = r instanceof PyComplex || r.type().lookup("__complex__") != null;
        double realPart = cr.real;
        double crImag = cr.imag;
        if (cr != r) {
            ts.decref(cr);
        }
        double imagPart;
        if (i == null) {
            imagPart = crImag;
        } else {
            PyComplex ci = part(ts, i, "second argument must be a number");
            imagPart = ci.real;
            if (i instanceof PyComplex) {
                realPart -= ci.imag;
            }
            if (ci != i) {
                ts.decref(ci);
            }
            if (crComplex) {
                imagPart += crImag;
            }
        }
        return new PyComplex(realPart, imagPart);
    }

    /**
     * One argument as a complex: a complex (x itself, borrowed), or a new complex the caller
     * releases from {@code __complex__} or a real number (imaginary part 0).
     */
    private static PyComplex part(ThreadState ts, PyObject x, String expected) {
        if (x instanceof PyComplex c) {
            return c;
        }
        PyObject conv = SpecialMethods.callOptional(ts, x, "__complex__");
        if (conv != null) {
            if (conv instanceof PyComplex c) {
                PyComplex copy = new PyComplex(c.real, c.imag);
                ts.decref(conv);
                return copy;
            }
            ts.decref(conv);
            throw Errors.typeError("__complex__ returned non-complex (type " + conv.type().name() + ")");
        }
        if (x instanceof PyFloat || x instanceof PyInt || x.type().lookup("__float__") != null
                || x.type().lookup("__index__") != null) {
            return new PyComplex(Abstract.asDouble(ts, x), 0.0);
        }
        throw Errors.typeError("complex() " + expected + ", not '" + x.type().name() + "'");
    }

    /** complex_from_string_inner: "[(] [real] [(+|-)imag j] [)]", whitespace allowed only at the ends. */
    static PyComplex parse(String original) {
        String s = asciiDigits(original).strip();
        if (s.indexOf('_') >= 0) {
            if (!underscoresOk(s)) {
                throw Errors.valueError("could not convert string to complex: " + StrRepr.repr(original));
            }
            s = s.replace("_", "");
        }
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Scanner sc = new Scanner(s);
        double real = 0.0, imag;
        double x = sc.number();
        if (!sc.matchedNumber) {
            // No digits: only "j", "+j" or "-j" remain possible.
            imag = sc.lastSignSeen ? sc.lastSign : 1.0;
            if (!sc.take('j')) {
                throw malformed();
            }
        } else if (sc.take('j')) {
            imag = x;
        } else {
            real = x;
            imag = 0.0;
            if (sc.peekSign()) {
                double y = sc.number();
                imag = sc.matchedNumber ? y : sc.lastSign;
                if (!sc.take('j')) {
                    throw malformed();
                }
            }
        }
        if (!sc.atEnd()) {
            throw malformed();
        }
        return new PyComplex(real, imag);
    }

    private static PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }

    /** Unicode decimal digits and spaces as their ASCII equivalents, as CPython transforms them first. */
    private static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            int d = Character.digit(c, 10);
            sb.append(d >= 0 ? (char) ('0' + d) : Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return sb == null ? s : sb.toString();
    }

    /** Each underscore must sit between two digits. */
    private static boolean underscoresOk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '_') {
                boolean before = i > 0 && Character.isDigit(s.charAt(i - 1));
                boolean after = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
                if (!before || !after) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reads signed float literals (digits, '.', exponent, inf, infinity, nan) off the front. */
    private static final class Scanner {
        private final String s;
        private int pos;
        boolean matchedNumber;
        boolean lastSignSeen;
        double lastSign = 1.0;

        Scanner(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos == s.length();
        }

        boolean take(char lower) {
            if (pos < s.length() && Character.toLowerCase(s.charAt(pos)) == lower) {
                pos++;
                return true;
            }
            return false;
        }

        boolean peekSign() {
            return pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-');
        }

        /** A float at pos with an optional sign; with matchedNumber false when there is none (the sign is kept). */
        double number() {
            matchedNumber = false;
            lastSignSeen = false;
            lastSign = 1.0;
            if (peekSign()) {
                lastSignSeen = true;
                lastSign = s.charAt(pos) == '-' ? -1.0 : 1.0;
                pos++;
            }
            for (String word : new String[] {"infinity", "inf", "nan"}) {
                if (s.regionMatches(true, pos, word, 0, word.length())) {
                    pos += word.length();
                    matchedNumber = true;
                    return lastSign * (word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY);
                }
            }
            int start = pos;
            int digits = skipDigits();
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                digits += skipDigits();
            }
            if (digits == 0) {
                pos = start;
                return Double.NaN;
            }
            int mantissaEnd = pos;
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (peekSign()) {
                    pos++;
                }
                if (skipDigits() == 0) {
                    pos = mantissaEnd;
                    throw malformed();
                }
            }
            matchedNumber = true;
            return lastSign * Double.parseDouble(s.substring(start, pos));
        }

        private int skipDigits() {
            int n = 0;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
                n++;
            }
            return n;
        }
    }
}

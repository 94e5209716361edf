package org.gilvm.objects;

/** {@code repr(str)} and {@code ascii()}: CPython's unicode_repr quoting and escaping. */
public final class StrRepr {
    private StrRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                escape(sb, cp);
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                escape(sb, cp);
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code ascii(obj)} from {@code repr(obj)}: CPython's PyObject_ASCII escapes every non-ASCII character. */
    public static String ascii(String repr) {
        int i = 0;
        while (i < repr.length() && repr.charAt(i) < 0x80) {
            i++;
        }
        if (i == repr.length()) {
            return repr;
        }
        StringBuilder sb = new StringBuilder(repr.length() + 16).append(repr, 0, i);
        while (i < repr.length()) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else {
                escape(sb, cp);
            }
        }
        return sb.toString();
    }

    /** Appends a backslash escape: x and two hex digits, u and four, or U and eight, the shortest that fits. */
    static void escape(StringBuilder sb, int cp) {
        int digits;
        if (cp <= 0xff) {
            sb.append("\\x");
            digits = 2;
        } else if (cp <= 0xffff) {
            sb.append("\\u");
            digits = 4;
        } else {
            sb.append("\\U");
            digits = 8;
        }
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(cp >> shift) & 0xf]);
        }
    }

    /** CPython's Py_UNICODE_ISPRINTABLE: not a control, format, surrogate, unassigned or separator other than space. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}

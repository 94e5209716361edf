package org.gilvm.parser;

import org.gilvm.lexer.Source;

import java.io.ByteArrayOutputStream;

/**
 * Backslash escapes of str and bytes literals, as CPython's {@code unicode_escape} codec and
 * {@code _PyBytes_DecodeEscape}. Unknown escapes are kept (CPython only warns about them).
 */
final class StringLiteralDecoder {
    private StringLiteralDecoder() {}

    /** A bad escape; the message is CPython's full SyntaxError text. */
    static final class DecodeError extends RuntimeException {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Decodes the str literal body {@code [s, e)}.
     *
     * <p>CPython first rewrites every non-ASCII character as a 10-character {@code \UXXXXXXXX}
     * escape (and a backslash before one, or at the end, as the 6-character escape of a backslash) and then runs the
     * codec, so the byte positions in its error messages count in that rewritten text;
     * {@code at} tracks the same count.
     */
    static String decodeStr(Source src, int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        int i = s;
        int at = 0;
        while (i < e) {
            int c = src.at(i);
            if (c != '\\') {
                sb.appendCodePoint(c);
                at += c < 128 ? 1 : 10;
                i++;
                continue;
            }
            int escStart = at;
            i++;
            if (i >= e) {
                sb.append('\\');
                break;
            }
            int d = src.at(i);
            if (d >= 128) {
                sb.append('\\');
                at += 6;
                continue;
            }
            i++;
            at += 2;
            switch (d) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'v' -> sb.append((char) 0x0b);
                case 'a' -> sb.append((char) 0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = d - '0';
                    for (int k = 0; k < 2 && i < e && src.at(i) >= '0' && src.at(i) <= '7'; k++) {
                        ch = (ch << 3) + src.at(i) - '0';
                        i++;
                        at++;
                    }
                    sb.appendCodePoint(ch);
                }
                case 'x', 'u', 'U' -> {
                    int count = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                    String msg = d == 'x' ? "truncated \\xXX escape"
                            : d == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (int k = 0; k < count; k++) {
                        int h = i < e ? hexValue(src.at(i)) : -1;
                        if (h < 0) throw unicodeError(escStart, at, msg);
                        ch = (ch << 4) + h;
                        i++;
                        at++;
                    }
                    if (ch > 0x10FFFF) throw unicodeError(escStart, at, "illegal Unicode character");
                    sb.appendCodePoint((int) ch);
                }
                case 'N' -> {
                    String malformed = "malformed \\N character escape";
                    if (i >= e || src.at(i) != '{') throw unicodeError(escStart, at, malformed);
                    i++;
                    at++;
                    int nameStart = i;
                    while (i < e && src.at(i) != '}') {
                        at += src.at(i) < 128 ? 1 : 10;
                        i++;
                    }
                    if (i >= e || i == nameStart) throw unicodeError(escStart, at, malformed);
                    String name = src.text(nameStart, i);
                    i++;
                    at++;
                    int cp = lookupName(name);
                    if (cp < 0) throw unicodeError(escStart, at, "unknown Unicode character name");
                    sb.appendCodePoint(cp);
                }
                default -> sb.append('\\').append((char) d);
            }
        }
        return sb.toString();
    }

    /** Decodes the bytes literal body {@code [s, e)}, which the caller checked is ASCII. */
    static byte[] decodeBytes(Source src, int s, int e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(e - s);
        int i = s;
        while (i < e) {
            int c = src.at(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i - s;
            i++;
            if (i >= e) throw new DecodeError("(value error) Trailing \\ in string");
            int d = src.at(i++);
            switch (d) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = d - '0';
                    for (int k = 0; k < 2 && i < e && src.at(i) >= '0' && src.at(i) <= '7'; k++) {
                        ch = (ch << 3) + src.at(i) - '0';
                        i++;
                    }
                    out.write(ch & 0xFF);
                }
                case 'x' -> {
                    int h1 = i + 1 < e ? hexValue(src.at(i)) : -1;
                    int h2 = i + 1 < e ? hexValue(src.at(i + 1)) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + escStart);
                    }
                    out.write((h1 << 4) + h2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(d);
                }
            }
        }
        return out.toByteArray();
    }

    private static DecodeError unicodeError(int start, int end, String msg) {
        // Escapes span at least two characters, so CPython always prints a range here.
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + (end - 1) + ": " + msg);
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** A character by its Unicode name (case-insensitive, as in CPython), or -1. */
    private static int lookupName(String name) {
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') return -1;
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) >= 128) return -1;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
    }
}

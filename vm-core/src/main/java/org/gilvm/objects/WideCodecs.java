package org.gilvm.objects;

import java.io.ByteArrayOutputStream;

/**
 * The UTF-16 and UTF-32 codecs, in the byte orders {@code -le}, {@code -be}, and the plain
 * form that writes a byte order mark (little-endian, the order CPython uses on the machines
 * this VM runs on) and reads one if present. Compare CPython's
 * PyUnicode_DecodeUTF16Stateful, PyUnicode_DecodeUTF32Stateful and their encoders; error
 * positions are byte offsets for decoding and code-point indexes for encoding.
 */
final class WideCodecs {
    private WideCodecs() {}

    /** The canonical name ("utf-16-le"...) of a UTF-16/32 spelling already normalised to "utf_16_le", or null. */
    static String canonical(String normalised) {
        return switch (normalised) {
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le" -> "utf-16-le";
            case "utf_16_be", "utf_16be" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            default -> null;
        };
    }

    private static int unitOf(String enc) {
        return enc.startsWith("utf-16") ? 2 : 4;
    }

    // ---- encoding -------------------------------------------------------------------

    static byte[] encode(String s, String enc, String errors) {
        int unit = unitOf(enc);
        boolean big = enc.endsWith("-be");
        ByteArrayOutputStream out = new ByteArrayOutputStream((s.length() + 1) * unit);
        if (!enc.endsWith("e")) {
            put(out, 0xFEFF, unit, false);
        }
        int index = 0;
        for (int i = 0; i < s.length(); index++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0xD800 || cp > 0xDFFF) {
                put(out, cp, unit, big);
                continue;
            }
            switch (errors) {
                case "strict", "surrogateescape" -> throw encodeError(enc, s, cp, index);
                case "ignore" -> { }
                case "replace" -> put(out, '?', unit, big);
                case "surrogatepass" -> put(out, cp, unit, big);
                case "backslashreplace" -> {
                    StringBuilder sb = new StringBuilder();
                    StrRepr.escape(sb, cp);
                    putAll(out, sb, unit, big);
                }
                case "xmlcharrefreplace" -> putAll(out, "&#" + cp + ";", unit, big);
                default -> throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
        }
        return out.toByteArray();
    }

    private static void putAll(ByteArrayOutputStream out, CharSequence text, int unit, boolean big) {
        for (int k = 0; k < text.length(); k++) {
            put(out, text.charAt(k), unit, big);
        }
    }

    /** Writes one code point: a UTF-32 unit, or one or two UTF-16 units. */
    private static void put(ByteArrayOutputStream out, int cp, int unit, boolean big) {
        if (unit == 2 && cp >= 0x10000) {
            putUnit(out, Character.highSurrogate(cp), 2, big);
            putUnit(out, Character.lowSurrogate(cp), 2, big);
        } else {
            putUnit(out, cp, unit, big);
        }
    }

    private static void putUnit(ByteArrayOutputStream out, int v, int unit, boolean big) {
        for (int k = 0; k < unit; k++) {
            int shift = 8 * (big ? unit - 1 - k : k);
            out.write(v >>> shift & 0xff);
        }
    }

    private static PyException encodeError(String enc, String s, int cp, int index) {
        StringBuilder sb = new StringBuilder();
        StrRepr.escape(sb, cp);
        String reason = "surrogates not allowed";
        PyException e = Errors.of(ExceptionTypes.UNICODE_ENCODE_ERROR, "'" + enc + "' codec can't encode character '"
                + sb + "' in position " + index + ": " + reason);
        Codecs.setAttrs(e, enc, new PyStr(s), index, index + 1, reason);
        return e;
    }

    // ---- decoding -------------------------------------------------------------------

    static String decode(byte[] b, String enc, String errors) {
        int unit = unitOf(enc);
        int pos = 0;
        boolean big = enc.endsWith("-be");
        if (!enc.endsWith("e")) {
            // The plain codec reads a byte order mark and names the order it decodes with.
            big = false;
            if (b.length >= unit && read(b, 0, unit, false) == 0xFEFF) {
                pos = unit;
            } else if (b.length >= unit && read(b, 0, unit, true) == 0xFEFF) {
                pos = unit;
                big = true;
            }
            enc = enc + (big ? "-be" : "-le");
        }
        StringBuilder sb = new StringBuilder(b.length / unit);
        int n = b.length;
        while (pos < n) {
            if (n - pos < unit) {
                fail(sb, enc, errors, b, pos, n, "truncated data");
                break;
            }
            int v = read(b, pos, unit, big);
            if (unit == 4) {
                if (v < 0 || v > 0x10FFFF) {
                    fail(sb, enc, errors, b, pos, pos + 4, "code point not in range(0x110000)");
                } else if (v >= 0xD800 && v <= 0xDFFF && !errors.equals("surrogatepass")) {
                    fail(sb, enc, errors, b, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    sb.appendCodePoint(v);
                }
                pos += 4;
                continue;
            }
            if (v < 0xD800 || v > 0xDFFF) {
                sb.append((char) v);
                pos += 2;
                continue;
            }
            if (v >= 0xDC00) {
                if (errors.equals("surrogatepass")) {
                    sb.append((char) v);
                } else {
                    fail(sb, enc, errors, b, pos, pos + 2, "illegal encoding");
                }
                pos += 2;
                continue;
            }
            if (n - pos < 4) {
                fail(sb, enc, errors, b, pos, n, "unexpected end of data");
                break;
            }
            int low = read(b, pos + 2, 2, big);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                sb.append((char) v).append((char) low);
                pos += 4;
            } else {
                if (errors.equals("surrogatepass")) {
                    sb.append((char) v);
                } else {
                    fail(sb, enc, errors, b, pos, pos + 2, "illegal UTF-16 surrogate");
                }
                pos += 2;
            }
        }
        return sb.toString();
    }

    private static int read(byte[] b, int pos, int unit, boolean big) {
        int v = 0;
        for (int k = 0; k < unit; k++) {
            int shift = 8 * (big ? unit - 1 - k : k);
            v |= (b[pos + k] & 0xff) << shift;
        }
        return v;
    }

    /** Applies the error handler to the undecodable bytes b[start:end]. */
    private static void fail(StringBuilder sb, String enc, String errors, byte[] b, int start, int end, String reason) {
        if (errors.equals("surrogateescape")) {
            // Only bytes of 128 and more can be smuggled as lone surrogates.
            for (int k = start; k < end; k++) {
                if ((b[k] & 0xff) < 0x80) {
                    throw Codecs.decodeException(enc, b, start, end, reason);
                }
            }
        }
        Codecs.decodeError(sb, enc, errors.equals("surrogatepass") ? "strict" : errors, b, start, end, reason);
    }
}

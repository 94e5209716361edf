package org.gilvm.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gilvm.builtins.Signature;
import org.gilvm.interp.ThreadState;

/**
 * {@code str.encode} and {@code bytes.decode} for UTF-8, ASCII and Latin-1 (UTF-16 and UTF-32
 * are in {@link WideCodecs}) with the error
 * handlers strict, replace, ignore, backslashreplace, surrogateescape and (encoding only)
 * xmlcharrefreplace. Compare CPython {@code Objects/unicodeobject.c}
 * (PyUnicode_DecodeUTF8Stateful, unicode_encode_ucs1, unicode_encode_utf8) and the error
 * texts of {@code Objects/exceptions.c}. Error positions are code-point indexes; runs of
 * unencodable characters are reported together, as CPython does.
 */
public final class Codecs {
    private Codecs() {}

    static final String UTF8 = "utf-8", ASCII = "ascii", LATIN1 = "latin-1";

    /** The canonical name of a supported encoding, or LookupError. */
    static String lookup(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> UTF8;
            case "ascii", "us_ascii", "646", "us" -> ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100" -> LATIN1;
            default -> {
                String wide = WideCodecs.canonical(e);
                if (wide == null) {
                    throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
                }
                yield wide;
            }
        };
    }

    private static PyException unknownHandler(String errors) {
        return Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // ---- encoding -------------------------------------------------------------------

    public static byte[] encode(String s, String encoding, String errors) {
        String enc = lookup(encoding);
        if (enc == UTF8) {
            if (!hasSurrogates(s)) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
        } else if (enc != ASCII && enc != LATIN1) {
            return WideCodecs.encode(s, enc, errors);
        } else if (isBelow(s, enc == ASCII ? 0x80 : 0x100)) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        return encodeSlow(s, enc, errors);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                int cp = s.codePointAt(i);
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static boolean isBelow(String s, int limit) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }

    /** Whether code point cp can be encoded (a lone surrogate cannot be in UTF-8). */
    private static boolean encodable(String enc, int cp) {
        if (enc == UTF8) {
            return cp < 0xD800 || cp > 0xDFFF;
        }
        return cp < (enc == ASCII ? 0x80 : 0x100);
    }

    private static byte[] encodeSlow(String s, String enc, String errors) {
        int n = s.codePointCount(0, s.length());
        int[] cps = new int[n];
        for (int i = 0, k = 0; k < n; k++) {
            cps[k] = s.codePointAt(i);
            i += Character.charCount(cps[k]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 16);
        for (int k = 0; k < n; ) {
            int cp = cps[k];
            if (encodable(enc, cp)) {
                put(out, enc, cp);
                k++;
                continue;
            }
            int end = k + 1;
            while (end < n && !encodable(enc, cps[end])) {
                end++;
            }
            switch (errors) {
                case "strict" -> throw encodeError(enc, s, cps, k, end);
                case "ignore" -> { }
                case "replace" -> {
                    for (int j = k; j < end; j++) {
                        out.write('?');
                    }
                }
                case "backslashreplace" -> {
                    StringBuilder sb = new StringBuilder();
                    for (int j = k; j < end; j++) {
                        StrRepr.escape(sb, cps[j]);
                    }
                    out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
                }
                case "xmlcharrefreplace" -> {
                    for (int j = k; j < end; j++) {
                        out.writeBytes(("&#" + cps[j] + ";").getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                case "surrogateescape" -> {
                    for (int j = k; j < end; j++) {
                        if (cps[j] < 0xDC80 || cps[j] > 0xDCFF) {
                            throw encodeError(enc, s, cps, j, j + 1);
                        }
                        out.write(cps[j] - 0xDC00);
                    }
                }
                default -> throw unknownHandler(errors);
            }
            k = end;
        }
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, String enc, int cp) {
        if (enc != UTF8 || cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    private static PyException encodeError(String enc, String s, int[] cps, int start, int end) {
        String reason = enc == UTF8 ? "surrogates not allowed"
                : enc == ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
        String msg;
        if (end == start + 1) {
            StringBuilder sb = new StringBuilder();
            StrRepr.escape(sb, cps[start]);
            msg = "'" + enc + "' codec can't encode character '" + sb + "' in position " + start + ": " + reason;
        } else {
            msg = "'" + enc + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + reason;
        }
        PyException e = Errors.of(ExceptionTypes.UNICODE_ENCODE_ERROR, msg);
        setAttrs(e, enc, new PyStr(s), start, end, reason);
        return e;
    }

    static void setAttrs(PyException e, String enc, PyObject object, int start, int end, String reason) {
        PyDict d = e.value.dict();
        d.putRaw("encoding", new PyStr(enc));
        d.putRaw("object", object);
        d.putRaw("start", PyInt.of(start));
        d.putRaw("end", PyInt.of(end));
        d.putRaw("reason", new PyStr(reason));
    }

    // ---- decoding -------------------------------------------------------------------

    public static String decode(byte[] b, String encoding, String errors) {
        String enc = lookup(encoding);
        if (enc != UTF8 && enc != ASCII && enc != LATIN1) {
            return WideCodecs.decode(b, enc, errors);
        }
        if (enc == LATIN1 || isAscii(b)) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(b.length);
        if (enc == ASCII) {
            for (int i = 0; i < b.length; i++) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    sb.append((char) c);
                } else {
                    decodeError(sb, enc, errors, b, i, i + 1, "ordinal not in range(128)");
                }
            }
            return sb.toString();
        }
        decodeUtf8(sb, b, errors);
        return sb.toString();
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    /** A UTF-8 decoder that reports CPython's error ranges (the maximal invalid subpart). */
    private static void decodeUtf8(StringBuilder sb, byte[] b, String errors) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            if (c < 0xC2 || c > 0xF4) {
                decodeError(sb, UTF8, errors, b, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            int need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
            int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            int cp = c & (0x3F >> need);
            int j = i + 1;
            String reason = null;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    reason = "unexpected end of data";
                    break;
                }
                int d = b[j] & 0xff;
                if (d < (k == 0 ? lo : 0x80) || d > (k == 0 ? hi : 0xBF)) {
                    reason = "invalid continuation byte";
                    break;
                }
                cp = cp << 6 | d & 0x3F;
            }
            if (reason != null) {
                decodeError(sb, UTF8, errors, b, i, j, reason);
                i = j;
                continue;
            }
            sb.appendCodePoint(cp);
            i = j;
        }
    }

    /** Applies the error handler to the undecodable bytes b[start:end]. */
    static void decodeError(StringBuilder sb, String enc, String errors, byte[] b, int start, int end,
                                    String reason) {
        switch (errors) {
            case "strict" -> throw decodeException(enc, b, start, end, reason);
            case "ignore" -> { }
            case "replace" -> sb.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    StrRepr.escape(sb, b[k] & 0xff);
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xDC00 + (b[k] & 0xff)));
                }
            }
            default -> throw unknownHandler(errors);
        }
    }

    static PyException decodeException(String enc, byte[] b, int start, int end, String reason) {
        String msg;
        if (end == start + 1) {
            msg = "'" + enc + "' codec can't decode byte 0x" + hex2(b[start] & 0xff) + " in position " + start
                    + ": " + reason;
        } else {
            msg = "'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        PyException e = Errors.of(ExceptionTypes.UNICODE_DECODE_ERROR, msg);
        setAttrs(e, enc, new PyBytes(b.clone()), start, end, reason);
        return e;
    }

    private static String hex2(int v) {
        return v < 0x10 ? "0" + Integer.toHexString(v) : Integer.toHexString(v);
    }

    // ---- str(object, encoding, errors) -------------------------------------------------

    /** str()'s parameters, bound as CPython's clinic-generated unicode_new binds them. */
    private static final Signature STR_NEW = Signature.parse("str", "str", "object=?, encoding=?, errors=?", 3);

    /**
     * {@code str(object='', encoding='utf-8', errors='strict')} with keywords or more than one
     * argument, CPython's unicode_new_impl: with an encoding or errors, object must be
     * bytes-like and is decoded (PyUnicode_FromEncodedObject); without, it is {@code str(object)}.
     */
    static PyObject newStr(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        PyObject[] a = STR_NEW.bind(ts, argv, off, nargs, kwnames);
        PyObject x = a[0];
        String encoding = a[1] == null ? null : StrMethods.str(a[1], "str() argument 'encoding' ");
        String errors = a[2] == null ? null : StrMethods.str(a[2], "str() argument 'errors' ");
        if (x == null) {
            return PyStr.EMPTY;
        }
        if (encoding == null && errors == null) {
            if (x.getClass() == PyStr.class) {
                ts.incref(x);
                return x;
            }
            return new PyStr(x.str(ts));
        }
        if (x instanceof BytesLike b) {
            return new PyStr(decode(b.bytes(), encoding == null ? UTF8 : encoding, errors == null ? "strict" : errors));
        }
        if (x instanceof PyStr) {
            throw Errors.typeError("decoding str is not supported");
        }
        throw Errors.typeError("decoding to str: need a bytes-like object, " + x.type().name() + " found");
    }
}

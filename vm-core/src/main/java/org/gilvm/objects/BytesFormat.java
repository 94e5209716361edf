package org.gilvm.objects;

import java.nio.charset.StandardCharsets;
import org.gilvm.interp.ThreadState;

/**
 * {@code bytes % args} and {@code bytearray % args}, CPython's _PyBytes_FormatEx. The
 * format runs through {@link StrFormat} over a Latin-1 string (one char per byte), so
 * flags, widths and the number conversions are shared; the conversions that differ for
 * bytes ({@code %s}/{@code %b}, {@code %r}/{@code %a}, {@code %c}) are here.
 */
final class BytesFormat {
    private BytesFormat() {}

    /** The formatted bytes. */
    static byte[] format(ThreadState ts, byte[] format, PyObject args) {
        String text = StrFormat.percent(ts, new String(format, StandardCharsets.ISO_8859_1), args, true);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static PyBytes latin1Bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@code %s} and {@code %b}: a bytes-like object or one with {@code __bytes__}, as Latin-1 text. */
    static String bytesArg(ThreadState ts, PyObject v) {
        if (v instanceof BytesLike b) {
            return new String(b.bytes(), StandardCharsets.ISO_8859_1);
        }
        PyObject conv = SpecialMethods.callOptional(ts, v, "__bytes__");
        if (conv == null) {
            throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + v.type().name() + "'");
        }
        try {
            if (!(conv instanceof PyBytes b)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + conv.type().name() + ")");
            }
            return new String(b.value(), StandardCharsets.ISO_8859_1);
        } finally {
            ts.decref(conv);
        }
    }

    /** {@code %c}: an int in range(256) or a bytes-like object of length 1. */
    static String byteChar(PyObject v) {
        if (v instanceof BytesLike b && b.size() == 1) {
            return String.valueOf((char) (b.bytes()[0] & 0xff));
        }
        if (!(v instanceof PyInt i)) {
            throw Errors.typeError("%c requires an integer in range(256) or a single byte");
        }
        if (!i.isSmall() || i.value < 0 || i.value > 255) {
            throw Errors.overflowError("%c arg not in range(256)");
        }
        return String.valueOf((char) i.value);
    }
}

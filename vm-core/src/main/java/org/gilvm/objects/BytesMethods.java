package org.gilvm.objects;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The methods {@code bytes} and {@code bytearray} share. Compare CPython
 * {@code Objects/bytesobject.c} and {@code Objects/bytes_methods.c}. Splitting and stripping
 * are in {@link BytesSplit}, case and character classes in {@link BytesCase}, padding in
 * {@link BytesPadding}, the constructors and {@code fromhex} in {@link BytesNew}.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // ---- protocol helpers -------------------------------------------------------------

    static PyObject getItem(ThreadState ts, BytesLike self, PyObject key) {
        if (key instanceof PyInt i) {
            int idx = SeqMethods.checkIndex(i.isSmall() ? i.value : Long.MAX_VALUE, self.size());
            if (idx < 0) {
                throw Errors.indexError(self.isMutable() ? "bytearray index out of range" : "index out of range");
            }
            return PyInt.of(self.byteAt(idx));
        }
        if (key instanceof PySlice s) {
            byte[] v = self.bytes();
            long[] r = s.indices(ts, v.length);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (len <= 0) {
                return self.make(new byte[0]);
            }
            if (step == 1) {
                if (len == v.length && self.getClass() == PyBytes.class) {
                    ts.incref(self);
                    return self;
                }
                return self.make(Arrays.copyOfRange(v, start, start + len));
            }
            byte[] out = new byte[len];
            for (int k = 0, j = start; k < len; k++, j += step) {
                out[k] = v[j];
            }
            return self.make(out);
        }
        if (key.type().lookup("__index__") != null) {
            PyInt i = Abstract.index(ts, key);
            try {
                return self.getItem(ts, i);
            } finally {
                ts.decref(i);
            }
        }
        throw Errors.typeError("byte indices must be integers or slices, not " + key.type().name());
    }

    static boolean contains(ThreadState ts, BytesLike self, PyObject item) {
        if (item instanceof BytesLike b) {
            byte[] v = self.bytes();
            return indexOf(v, b.bytes(), 0, v.length) >= 0;
        }
        if (item.type().lookup("__index__") == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + item.type().name() + "'");
        }
        int b = ByteArrayMethods.byteValue(ts, item);
        for (byte x : self.bytes()) {
            if ((x & 0xff) == b) {
                return true;
            }
        }
        return false;
    }

    /** The bytes of a bytes-like argument: bytes or bytearray. */
    static byte[] bytesLike(PyObject o) {
        if (o instanceof BytesLike b) {
            return b.bytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** A search argument: bytes, or an int standing for one byte. */
    private static byte[] needle(ThreadState ts, PyObject o) {
        if (o instanceof BytesLike b) {
            return b.bytes();
        }
        if (o.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type().name() + "'");
        }
        return new byte[] {(byte) ByteArrayMethods.byteValue(ts, o)};
    }

    /** The first index of needle in hay[from:to] (needle wholly inside), or -1. */
    static int indexOf(byte[] hay, byte[] needle, int from, int to) {
        int last = to - needle.length;
        outer:
        for (int i = Math.max(from, 0); i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last index of needle in hay[from:to], or -1. */
    static int lastIndexOf(byte[] hay, byte[] needle, int from, int to) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---- searching ------------------------------------------------------------------

    private static int find(ThreadState ts, BytesLike self, PyObject sub, PyObject start, PyObject end,
                            boolean reverse) {
        byte[] v = self.bytes();
        byte[] p = needle(ts, sub);
        int st = StrMethods.windowStart(ts, start, v.length);
        int en = StrMethods.windowEnd(ts, end, v.length);
        if (en - st < p.length) {
            return -1;
        }
        return reverse ? lastIndexOf(v, p, st, en) : indexOf(v, p, st, en);
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int find(ThreadState ts, BytesLike self, PyObject sub, PyObject start, PyObject end) {
        return find(ts, self, sub, start, end, false);
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int rfind(ThreadState ts, BytesLike self, PyObject sub, PyObject start, PyObject end) {
        return find(ts, self, sub, start, end, true);
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int index(ThreadState ts, BytesLike self, PyObject sub, PyObject start, PyObject end) {
        int r = find(ts, self, sub, start, end, false);
        if (r < 0) {
            throw Errors.valueError("subsection not found");
        }
        return r;
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int rindex(ThreadState ts, BytesLike self, PyObject sub, PyObject start, PyObject end) {
        int r = find(ts, self, sub, start, end, true);
        if (r < 0) {
            throw Errors.valueError("subsection not found");
        }
        return r;
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int count(ThreadState ts, BytesLike self, PyObject sub, PyObject start, PyObject end) {
        byte[] v = self.bytes();
        byte[] p = needle(ts, sub);
        int st = StrMethods.windowStart(ts, start, v.length);
        int en = StrMethods.windowEnd(ts, end, v.length);
        if (en < st) {
            return 0;
        }
        if (p.length == 0) {
            return en - st + 1;
        }
        int n = 0;
        for (int i = indexOf(v, p, st, en); i >= 0; i = indexOf(v, p, i + p.length, en)) {
            n++;
        }
        return n;
    }

    @ExposedMethod(sig = "METH_VARARGS: prefix, start=None, end=None, /")
    static boolean startswith(ThreadState ts, BytesLike self, PyObject prefix, PyObject start, PyObject end) {
        return tailMatch(ts, self, prefix, start, end, false, "startswith");
    }

    @ExposedMethod(sig = "METH_VARARGS: suffix, start=None, end=None, /")
    static boolean endswith(ThreadState ts, BytesLike self, PyObject suffix, PyObject start, PyObject end) {
        return tailMatch(ts, self, suffix, start, end, true, "endswith");
    }

    private static boolean tailMatch(ThreadState ts, BytesLike self, PyObject arg, PyObject start, PyObject end,
                                     boolean atEnd, String name) {
        if (arg instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (!(t.get(i) instanceof BytesLike p)) {
                    throw Errors.typeError("a bytes-like object is required, not '" + t.get(i).type().name() + "'");
                }
                if (tailMatch(ts, self, p.bytes(), start, end, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        if (!(arg instanceof BytesLike p)) {
            throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + arg.type().name());
        }
        return tailMatch(ts, self, p.bytes(), start, end, atEnd);
    }

    private static boolean tailMatch(ThreadState ts, BytesLike self, byte[] sub, PyObject start, PyObject end,
                                     boolean atEnd) {
        byte[] v = self.bytes();
        int st = StrMethods.windowStart(ts, start, v.length);
        int en = StrMethods.windowEnd(ts, end, v.length) - sub.length;
        if (en < st) {
            return false;
        }
        int at = atEnd ? en : st;
        return Arrays.equals(v, at, at + sub.length, sub, 0, sub.length);
    }

    @ExposedMethod(sig = "old, new, count=-1, /")
    static PyObject replace(ThreadState ts, BytesLike self, PyObject old, PyObject new_, long count) {
        byte[] v = self.bytes();
        byte[] o = bytesLike(old), n = bytesLike(new_);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length + 16);
        if (o.length == 0) {
            int i = 0;
            for (long done = 0; done < count && i <= v.length; done++) {
                out.writeBytes(n);
                if (i < v.length) {
                    out.write(v[i]);
                }
                i++;
            }
            if (i < v.length) {
                out.write(v, i, v.length - i);
            }
            return self.make(out.toByteArray());
        }
        int from = 0;
        for (long done = 0; done < count; done++) {
            int at = indexOf(v, o, from, v.length);
            if (at < 0) {
                break;
            }
            out.write(v, from, at - from);
            out.writeBytes(n);
            from = at + o.length;
        }
        out.write(v, from, v.length - from);
        return self.make(out.toByteArray());
    }

    // ---- conversions ----------------------------------------------------------------

    @ExposedMethod(sig = "encoding='utf-8', errors='strict'")
    static String decode(ThreadState ts, BytesLike self, PyObject encoding, PyObject errors) {
        return Codecs.decode(self.bytes(), StrMethods.str(encoding, "decode() argument 'encoding' "),
                StrMethods.str(errors, "decode() argument 'errors' "));
    }

    @ExposedMethod(sig = "sep=?, bytes_per_sep=1")
    static String hex(ThreadState ts, BytesLike self, PyObject sep, long bytesPerSep) {
        byte[] v = self.bytes();
        char sepChar = 0;
        if (sep != null) {
            byte[] sb = sep instanceof PyStr s ? s.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)
                    : bytesLike(sep);
            if (sb.length != 1 || sep instanceof PyStr s2 && s2.value().charAt(0) > 0x7f) {
                throw Errors.valueError(sb.length != 1 ? "sep must be length 1." : "sep must be ASCII.");
            }
            sepChar = (char) sb[0];
        }
        if (sepChar == 0 || bytesPerSep == 0 || v.length == 0) {
            char[] out = new char[v.length * 2];
            for (int i = 0; i < v.length; i++) {
                out[2 * i] = HEX[(v[i] >> 4) & 0xf];
                out[2 * i + 1] = HEX[v[i] & 0xf];
            }
            return new String(out);
        }
        long group = Math.abs(bytesPerSep);
        StringBuilder sb = new StringBuilder(v.length * 3);
        for (int i = 0; i < v.length; i++) {
            // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
            long pos = bytesPerSep > 0 ? v.length - i : i;
            if (i > 0 && pos % group == 0) {
                sb.append(sepChar);
            }
            sb.append(HEX[(v[i] >> 4) & 0xf]).append(HEX[v[i] & 0xf]);
        }
        return sb.toString();
    }

    @ExposedMethod
    static PyObject join(ThreadState ts, BytesLike self, PyObject iterable) {
        PyList items = Abstract.toList(ts, iterable);
        try {
            byte[] sep = self.bytes();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof BytesLike b)) {
                    throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + items.get(i).type().name() + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b.bytes());
            }
            return self.make(out.toByteArray());
        } finally {
            ts.decref(items);
        }
    }
}

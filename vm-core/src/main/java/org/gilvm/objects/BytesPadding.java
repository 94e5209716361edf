package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.builtins.ExposedFunction;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * Padding and byte-for-byte rewriting of {@code bytes} and {@code bytearray}: center, ljust,
 * rjust, zfill, expandtabs, translate, and the static {@code maketrans} (installed by
 * {@link ClassAttributes}). Compare CPython's {@code Objects/stringlib/transmogrify.h}.
 */
final class BytesPadding {
    private BytesPadding() {}

    /** The fill byte argument: a bytes-like object of length 1. */
    private static byte fill(PyObject fillchar, String method) {
        if (fillchar == null) {
            return ' ';
        }
        if (fillchar instanceof BytesLike b && b.size() == 1) {
            return (byte) b.byteAt(0);
        }
        throw Errors.typeError(method + "() argument 2 must be a byte string of length 1, not "
                + fillchar.type().name());
    }

    /** self padded with {@code left} and {@code right} fill bytes; self itself (exact bytes) when there is no room. */
    private static PyObject pad(ThreadState ts, BytesLike self, long left, long right, byte fill) {
        byte[] v = self.bytes();
        if (left <= 0 && right <= 0) {
            if (self.getClass() == PyBytes.class) {
                ts.incref(self);
                return self;
            }
            return self.make(v.clone());
        }
        left = Math.max(left, 0);
        right = Math.max(right, 0);
        if (v.length + left + right > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR);
        }
        byte[] out = new byte[(int) (v.length + left + right)];
        Arrays.fill(out, 0, (int) left, fill);
        System.arraycopy(v, 0, out, (int) left, v.length);
        Arrays.fill(out, (int) left + v.length, out.length, fill);
        return self.make(out);
    }

    @ExposedMethod(sig = "width, fillchar=?, /")
    static PyObject center(ThreadState ts, BytesLike self, long width, PyObject fillchar) {
        byte f = fill(fillchar, "center");
        long marg = width - self.size();
        long left = marg / 2 + (marg & width & 1);
        return pad(ts, self, left, marg - left, f);
    }

    @ExposedMethod(sig = "width, fillchar=?, /")
    static PyObject ljust(ThreadState ts, BytesLike self, long width, PyObject fillchar) {
        return pad(ts, self, 0, width - self.size(), fill(fillchar, "ljust"));
    }

    @ExposedMethod(sig = "width, fillchar=?, /")
    static PyObject rjust(ThreadState ts, BytesLike self, long width, PyObject fillchar) {
        return pad(ts, self, width - self.size(), 0, fill(fillchar, "rjust"));
    }

    /** Zeros on the left, after a leading sign. */
    @ExposedMethod(sig = "width, /")
    static PyObject zfill(ThreadState ts, BytesLike self, long width) {
        long fill = width - self.size();
        if (fill <= 0) {
            return pad(ts, self, 0, 0, (byte) '0');
        }
        PyObject r = pad(ts, self, fill, 0, (byte) '0');
        byte[] v = self.bytes();
        if (v.length > 0 && (v[0] == '+' || v[0] == '-')) {
            // Move the sign in front of the zeros: rebuild, since results are not to be modified.
            byte[] out = ((BytesLike) r).bytes().clone();
            ts.decref(r);
            out[0] = v[0];
            out[(int) fill] = '0';
            return self.make(out);
        }
        return r;
    }

    @ExposedMethod(sig = "tabsize=8")
    static PyObject expandtabs(ThreadState ts, BytesLike self, long tabsize) {
        byte[] v = self.bytes();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(v.length + 16);
        long column = 0;
        for (byte c : v) {
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    for (long k = 0; k < spaces; k++) {
                        out.write(' ');
                    }
                    column += spaces;
                }
            } else {
                out.write(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return self.make(out.toByteArray());
    }

    /** {@code translate(table, /, delete=b'')}: table is None or 256 bytes. */
    @ExposedMethod(sig = "table, /, delete=?")
    static PyObject translate(ThreadState ts, BytesLike self, PyObject table, PyObject delete) {
        byte[] map = null;
        if (table != PyNone.None) {
            map = BytesMethods.bytesLike(table);
            if (map.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] deleted = new boolean[256];
        if (delete != null) {
            for (byte d : BytesMethods.bytesLike(delete)) {
                deleted[d & 0xff] = true;
            }
        }
        byte[] v = self.bytes();
        byte[] out = new byte[v.length];
        int n = 0;
        for (byte c : v) {
            if (!deleted[c & 0xff]) {
                out[n++] = map == null ? c : map[c & 0xff];
            }
        }
        if (n == v.length && self.getClass() == PyBytes.class && Arrays.equals(out, v)) {
            ts.incref(self);
            return self;
        }
        return self.make(n == out.length ? out : Arrays.copyOf(out, n));
    }

    /** {@code bytes.maketrans(frm, to)}: the identity table with frm's bytes mapped to to's. */
    @ExposedFunction(sig = "frm, to, /")
    static PyObject maketrans(PyObject frm, PyObject to) {
        byte[] a = BytesMethods.bytesLike(frm), b = BytesMethods.bytesLike(to);
        if (a.length != b.length) {
            throw Errors.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < a.length; i++) {
            table[a[i] & 0xff] = b[i];
        }
        return new PyBytes(table);
    }
}

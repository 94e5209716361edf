package org.gilvm.objects;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.gilvm.interp.ThreadState;

/**
 * The ways to make {@code bytes}: the constructor ({@code bytes_new} in CPython's
 * {@code Objects/bytesobject.c}), {@code PyObject_Bytes}, and {@code bytes.fromhex}.
 */
final class BytesNew {
    private BytesNew() {}

    /** {@code bytes.fromhex(string)}: a classmethod, installed by {@link ClassAttributes}. */
    static PyBytes fromhex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                i++;
                continue;
            }
            int top = Character.digit(c, 16);
            if (top < 0 || c > 0x7f) {
                throw fromhexError(i);
            }
            int bot = i + 1 < n && s.charAt(i + 1) <= 0x7f ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (bot < 0) {
                throw fromhexError(i + 1);
            }
            out.write(top << 4 | bot);
            i += 2;
        }
        return new PyBytes(out.toByteArray());
    }

    private static PyException fromhexError(int pos) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
    }

    private static final String[] NEW_KEYWORDS = {"source", "encoding", "errors"};

    /** {@code bytes(source=b'', encoding=?, errors=?)}: CPython's bytes_new. */
    static PyObject newBytes(ThreadState ts, PyType type, PyObject[] argv, int off, int n, String[] kw) {
        return construct(ts, argv, off, n, kw, false);
    }

    /** {@code bytearray(source=b'', encoding=?, errors=?)}: CPython's bytearray_init. */
    static PyObject newByteArray(ThreadState ts, PyType type, PyObject[] argv, int off, int n, String[] kw) {
        return construct(ts, argv, off, n, kw, true);
    }

    private static PyObject construct(ThreadState ts, PyObject[] argv, int off, int n, String[] kw, boolean array) {
        String name = array ? "bytearray" : "bytes";
        int given = n + (kw == null ? 0 : kw.length);
        if (given > 3) {
            throw Errors.typeError(name + "() takes at most 3 arguments (" + given + " given)");
        }
        PyObject[] a = new PyObject[3];
        System.arraycopy(argv, off, a, 0, n);
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                int p = Arrays.asList(NEW_KEYWORDS).indexOf(kw[k]);
                if (p < 0) {
                    throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
                }
                if (a[p] != null) {
                    throw Errors.typeError("argument for " + name + "() given by name ('" + kw[k] + "') and position ("
                            + (p + 1) + ")");
                }
                a[p] = argv[off + n + k];
            }
        }
        PyObject x = a[0];
        String encoding = a[1] == null ? null : StrMethods.str(a[1], name + "() argument 'encoding' ");
        String errors = a[2] == null ? null : StrMethods.str(a[2], name + "() argument 'errors' ");
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return array ? new PyByteArray(new byte[0]) : PyBytes.EMPTY;
        }
        if (encoding != null) {
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("encoding without a string argument");
            }
            byte[] b = Codecs.encode(s.value(), encoding, errors == null ? "strict" : errors);
            return array ? new PyByteArray(b) : new PyBytes(b);
        }
        if (errors != null) {
            throw Errors.typeError(x instanceof PyStr ? "string argument without an encoding"
                    : "errors without a string argument");
        }
        return array ? new PyByteArray(contents(ts, x, true)) : fromObject(ts, x);
    }

    /** bytes(x) for a single non-str-with-encoding argument: __bytes__, a size, or an iterable of ints. */
    static PyBytes fromObject(ThreadState ts, PyObject x) {
        if (x instanceof PyBytes b) {
            if (x.getClass() == PyBytes.class) {
                ts.incref(b);
                return b;
            }
            return new PyBytes(b.value());
        }
        PyObject conv = SpecialMethods.callOptional(ts, x, "__bytes__");
        if (conv != null) {
            if (conv instanceof PyBytes b) {
                return b;
            }
            ts.decref(conv);
            throw Errors.typeError("__bytes__ returned non-bytes (type " + conv.type().name() + ")");
        }
        return new PyBytes(contents(ts, x, false));
    }

    /** The bytes of a source that is a bytes-like object, a size, or an iterable of ints. */
    private static byte[] contents(ThreadState ts, PyObject x, boolean array) {
        if (x instanceof BytesLike b) {
            // A bytearray's bytes() is already a private copy; bytes share their array.
            return b.isMutable() ? b.bytes() : b.bytes().clone();
        }
        if (x instanceof PyStr) {
            throw Errors.typeError("string argument without an encoding");
        }
        if (x.type().lookup("__index__") != null) {
            PyInt size = Abstract.index(ts, x);
            try {
                if (!size.isSmall()) {
                    throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
                }
                if (size.value < 0) {
                    throw Errors.valueError("negative count");
                }
                if (size.value > Integer.MAX_VALUE - 8) {
                    throw Errors.of(ExceptionTypes.MEMORY_ERROR);
                }
                return new byte[(int) size.value];
            } finally {
                ts.decref(size);
            }
        }
        if (x.type().lookup("__iter__") == null && x.type().lookup("__getitem__") == null) {
            throw Errors.typeError("cannot convert '" + x.type().name() + "' object to "
                    + (array ? "bytearray" : "bytes"));
        }
        PyList items = Abstract.toList(ts, x);
        try {
            byte[] out = new byte[items.size()];
            for (int i = 0; i < out.length; i++) {
                PyInt v = Abstract.index(ts, items.get(i));
                long b = v.isSmall() ? v.value : -1;
                ts.decref(v);
                if (b < 0 || b > 255) {
                    throw Errors.valueError(array ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
                }
                out[i] = (byte) b;
            }
            return out;
        } finally {
            ts.decref(items);
        }
    }
}

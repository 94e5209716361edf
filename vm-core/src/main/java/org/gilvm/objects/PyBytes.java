package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.interp.ThreadState;

/**
 * {@code bytes}: an immutable sequence of 0..255 in a Java byte array (read as unsigned).
 * Compare CPython {@code Objects/bytesobject.c}; the methods are in {@link BytesMethods}.
 */
public class PyBytes extends BytesLike {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]).immortal();

    private final byte[] value;
    /** 0 until computed. */
    private long hash;

    /** Takes ownership of {@code value}, which nobody may modify afterwards. */
    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() { return BuiltinTypes.BYTES; }

    /** The backing array: callers must not modify it. */
    public final byte[] value() { return value; }

    @Override
    public final byte[] bytes() { return value; }

    @Override
    public final int size() { return value.length; }

    @Override
    public final int byteAt(int i) { return value[i] & 0xff; }

    @Override
    BytesLike make(byte[] b) {
        return b.length == 0 ? EMPTY : new PyBytes(b);
    }

    @Override
    public long len(ThreadState ts) { return value.length; }

    @Override
    public boolean isTrue(ThreadState ts) { return value.length != 0; }

    @Override
    public String repr(ThreadState ts) {
        return repr(value);
    }

    /** CPython's bytes_repr: b'...' with the quote that needs no escaping when possible. */
    public static String repr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                StrRepr.escape(sb, c);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * Equal to the hash of the Latin-1 str with the same characters, as in CPython, where
     * both hash the same raw bytes; this mirrors {@link PyStr#hashOf}.
     */
    @Override
    public long hash(ThreadState ts) {
        long h = hash;
        if (h == 0) {
            // The Latin-1 str of these bytes has the same characters, so the same hash.
            h = PyStr.hashOf(new String(value, java.nio.charset.StandardCharsets.ISO_8859_1));
            hash = h;
        }
        return h;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof BytesLike o)) {
            return PyNotImplemented.NotImplemented;
        }
        return compare(value, o.bytes(), op);
    }

    /** Bytes comparison by unsigned content, for bytes and bytearray alike. */
    static PyBool compare(byte[] a, byte[] b, CompareOp op) {
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            boolean eq = a == b || Arrays.equals(a, b);
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return PyBool.of(op.test(Arrays.compareUnsigned(a, b)));
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        return BytesMethods.getItem(ts, this, key);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        return BytesMethods.contains(ts, this, item);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySeqIterator(ts, this);
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.ADD) {
            if (other instanceof BytesLike o) {
                if (o.size() == 0 && getClass() == PyBytes.class) {
                    ts.incref(this);
                    return this;
                }
                return new PyBytes(concat(value, o.bytes()));
            }
            if (!other.type().isHeapType()) {
                throw Errors.typeError("can't concat " + other.type().name() + " to " + type().name());
            }
        } else if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.bytes(ts, this, SeqRepeat.count(ts, other));
        } else if (nb == BinaryOps.REMAINDER) {
            return new PyBytes(BytesFormat.format(ts, value, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.bytes(ts, this, SeqRepeat.count(ts, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(b.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }
}

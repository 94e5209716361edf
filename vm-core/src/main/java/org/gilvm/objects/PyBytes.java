package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.interp.ThreadState;

/**
 * {@code bytes}: an immutable sequence of 0..255 in a Java byte array (read as unsigned).
 * Compare CPython {@code Objects/bytesobject.c}; the methods are in {@link BytesMethods}.
 */
public class PyBytes extends PyObject {
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
            h = 0x9E3779B97F4A7C15L;
            for (byte x : value) {
                h = (h ^ (x & 0xff)) * 0x100000001B3L;
            }
            h ^= (h >>> 29);
            h *= 0xBF58476D1CE4E5B9L;
            h ^= (h >>> 32);
            if (h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyBytes o)) {
            return PyNotImplemented.NotImplemented;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            boolean eq = this == o || Arrays.equals(value, o.value);
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return PyBool.of(op.test(Arrays.compareUnsigned(value, o.value)));
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
            if (other instanceof PyBytes o) {
                if (o.value.length == 0 && getClass() == PyBytes.class) {
                    ts.incref(this);
                    return this;
                }
                byte[] r = Arrays.copyOf(value, value.length + o.value.length);
                System.arraycopy(o.value, 0, r, value.length, o.value.length);
                return new PyBytes(r);
            }
            if (!other.type().isHeapType()) {
                throw Errors.typeError("can't concat " + other.type().name() + " to " + type().name());
            }
        } else if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.bytes(ts, this, SeqRepeat.count(ts, other));
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

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(b.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }
}

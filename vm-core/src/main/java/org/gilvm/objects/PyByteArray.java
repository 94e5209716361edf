package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.interp.ThreadState;

/**
 * {@code bytearray}: a mutable sequence of bytes in a growable array (CPython's
 * {@code Objects/bytearrayobject.c}). The read-only methods are shared with bytes through
 * {@link BytesLike}; the mutators are in {@link ByteArrayMethods}.
 */
public final class PyByteArray extends BytesLike {
    byte[] buf;
    int size;

    public PyByteArray(byte[] contents) {
        this.buf = contents;
        this.size = contents.length;
    }

    @Override
    public PyType type() { return BuiltinTypes.BYTEARRAY; }

    @Override
    public byte[] bytes() { return Arrays.copyOf(buf, size); }

    @Override
    public int size() { return size; }

    @Override
    public int byteAt(int i) { return buf[i] & 0xff; }

    @Override
    BytesLike make(byte[] b) { return new PyByteArray(b); }

    /** Makes room for n bytes in all, over-allocating as CPython's bytearray_resize does. */
    void ensureCapacity(int n) {
        if (n > buf.length) {
            if (n > Integer.MAX_VALUE - 8) {
                throw Errors.of(ExceptionTypes.MEMORY_ERROR);
            }
            long grown = Math.min(Integer.MAX_VALUE - 8, buf.length + (buf.length >> 3) + 6L);
            buf = Arrays.copyOf(buf, Math.max(n, (int) grown));
        }
    }

    void append(int b) {
        ensureCapacity(size + 1);
        buf[size++] = (byte) b;
    }

    void appendAll(byte[] b) {
        ensureCapacity(size + b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    /** Replaces [lo, hi) with src. */
    void replace(int lo, int hi, byte[] src) {
        int newSize = size - (hi - lo) + src.length;
        ensureCapacity(newSize);
        System.arraycopy(buf, hi, buf, lo + src.length, size - hi);
        System.arraycopy(src, 0, buf, lo, src.length);
        size = newSize;
    }

    @Override
    public long len(ThreadState ts) { return size; }

    @Override
    public boolean isTrue(ThreadState ts) { return size != 0; }

    /** bytearray_repr: like bytes' repr, except that a single quote is always escaped. */
    @Override
    public String repr(ThreadState ts) {
        String inner = PyBytes.repr(bytes());
        char quote = inner.charAt(1);
        if (quote == '"') {
            inner = inner.replace("'", "\\'");
        }
        return type().name() + "(" + inner + ")";
    }

    @Override
    public long hash(ThreadState ts) {
        throw Errors.unhashable(this);
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof BytesLike o)) {
            return PyNotImplemented.NotImplemented;
        }
        return PyBytes.compare(bytes(), o.bytes(), op);
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice || Abstract.hasIndex(key)) {
            return BytesMethods.getItem(ts, this, key);
        }
        throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name());
    }

    @Override
    public void setItem(ThreadState ts, PyObject key, PyObject value) {
        ByteArrayMethods.setItem(ts, this, key, value);
    }

    @Override
    public void delItem(ThreadState ts, PyObject key) {
        ByteArrayMethods.setItem(ts, this, key, null);
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
                return new PyByteArray(PyBytes.concat(bytes(), o.bytes()));
            }
            throw Errors.typeError("can't concat " + other.type().name() + " to " + type().name());
        } else if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return repeat(SeqRepeat.count(ts, other));
        } else if (nb == BinaryOps.REMAINDER) {
            return new PyByteArray(BytesFormat.format(ts, bytes(), other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return repeat(SeqRepeat.count(ts, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject inplaceOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.ADD) {
            if (!(other instanceof BytesLike o)) {
                throw Errors.typeError("can't concat " + other.type().name() + " to " + type().name());
            }
            appendAll(o.bytes());
        } else if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            byte[] r = repeated(SeqRepeat.count(ts, other));
            buf = r;
            size = r.length;
        } else {
            return PyNotImplemented.NotImplemented;
        }
        ts.incref(this);
        return this;
    }

    private PyByteArray repeat(long count) {
        return new PyByteArray(repeated(count));
    }

    private byte[] repeated(long count) {
        if (count <= 0 || size == 0) {
            return new byte[0];
        }
        if (count > (Integer.MAX_VALUE - 8) / size) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR);
        }
        byte[] r = new byte[(int) count * size];
        System.arraycopy(buf, 0, r, 0, size);
        for (int done = size; done < r.length; done *= 2) {
            System.arraycopy(r, 0, r, done, Math.min(done, r.length - done));
        }
        return r;
    }
}

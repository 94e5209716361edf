package org.gilvm.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * {@code bytearray}: a mutable sequence of bytes in a growable array (CPython's
 * {@code Objects/bytearrayobject.c}). The read-only methods are shared with bytes through
 * {@link BytesLike}; the mutators are in {@link ByteArrayMethods}.
 *
 * <h2>Concurrency</h2>
 * {@code buf} and {@code size} change only under the object's lock (a no-op under a GIL),
 * taken by the mutators here and in {@link ByteArrayMethods} after their arguments are
 * converted (which may run {@code __index__} or iterate); {@link #bytes(ThreadState)} and
 * item access read under it too. The shared bytes methods call {@link #bytes()} and
 * {@link #byteAt}, which have no thread state: they read without the lock, from a copy of the
 * array reference with the size clamped to it, so a concurrent change can give them a mix of
 * old and new bytes but never an exception (CPython 3.13t's bytearray is no stronger: most of
 * its methods read the buffer unlocked).
 */
public final class PyByteArray extends BytesLike implements Lockable {
    private static final VarHandle MUTEX;

    static {
        try {
            MUTEX = MethodHandles.lookup().findVarHandle(PyByteArray.class, "mutex", ObjectMutex.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    byte[] buf;
    int size;
    /** Made on first use by a strategy without a GIL; read through {@link #MUTEX}. */
    @SuppressWarnings("unused")
    private ObjectMutex mutex;

    public PyByteArray(byte[] contents) {
        this.buf = contents;
        this.size = contents.length;
    }

    @Override
    public PyType type() { return BuiltinTypes.BYTEARRAY; }

    @Override
    public ObjectMutex mutex() { return ObjectMutex.of(this, MUTEX); }

    /** A copy of the contents, without the lock (see the class comment). */
    @Override
    public byte[] bytes() {
        byte[] b = buf;
        return Arrays.copyOf(b, Math.min(size, b.length));
    }

    /** A copy of the contents, read under the lock. */
    public byte[] bytes(ThreadState ts) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            return Arrays.copyOf(buf, size);
        } finally {
            g.unlock(ts, this);
        }
    }

    @Override
    public int size() { return size; }

    /** Byte i without the lock: 0 if a concurrent change has taken it away. */
    @Override
    public int byteAt(int i) {
        byte[] b = buf;
        return i < b.length ? b[i] & 0xff : 0;
    }

    /** Byte i (counting from the end when negative) read under the lock, or -1 when out of range. */
    int byteAt(ThreadState ts, long i) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            if (i < 0) {
                i += size;
            }
            return i < 0 || i >= size ? -1 : buf[(int) i] & 0xff;
        } finally {
            g.unlock(ts, this);
        }
    }

    @Override
    BytesLike make(byte[] b) { return new PyByteArray(b); }

    /** Under the lock: makes room for n bytes in all, over-allocating as CPython's bytearray_resize does. */
    void ensureCapacity(int n) {
        if (n > buf.length) {
            if (n > Integer.MAX_VALUE - 8) {
                throw Errors.of(ExceptionTypes.MEMORY_ERROR);
            }
            long grown = Math.min(Integer.MAX_VALUE - 8, buf.length + (buf.length >> 3) + 6L);
            buf = Arrays.copyOf(buf, Math.max(n, (int) grown));
        }
    }

    /** Under the lock: appends one byte. */
    void append(int b) {
        ensureCapacity(size + 1);
        buf[size++] = (byte) b;
    }

    /** Under the lock: appends bytes. */
    void appendAll(byte[] b) {
        ensureCapacity(size + b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    /** Under the lock: replaces [lo, hi) with src. */
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
        String inner = PyBytes.repr(bytes(ts));
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
        return PyBytes.compare(bytes(ts), contents(ts, o), op);
    }

    /** Another bytes-like operand's contents, under its lock when it is a bytearray. */
    static byte[] contents(ThreadState ts, BytesLike o) {
        return o instanceof PyByteArray b ? b.bytes(ts) : o.bytes();
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        if (key instanceof PyInt i) {
            int b = byteAt(ts, i.isSmall() ? i.value : Long.MAX_VALUE);
            if (b < 0) {
                throw Errors.indexError("bytearray index out of range");
            }
            return PyInt.of(b);
        }
        if (key instanceof PySlice s) {
            return new PyByteArray(ByteArrayMethods.slice(ts, this, s));
        }
        if (Abstract.hasIndex(key)) {
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
                return new PyByteArray(PyBytes.concat(bytes(ts), contents(ts, o)));
            }
            throw Errors.typeError("can't concat " + other.type().name() + " to " + type().name());
        } else if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return new PyByteArray(repeated(ts, SeqRepeat.count(ts, other), false));
        } else if (nb == BinaryOps.REMAINDER) {
            return new PyByteArray(BytesFormat.format(ts, bytes(ts), other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return new PyByteArray(repeated(ts, SeqRepeat.count(ts, other), false));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject inplaceOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.ADD) {
            if (!(other instanceof BytesLike o)) {
                throw Errors.typeError("can't concat " + other.type().name() + " to " + type().name());
            }
            byte[] more = contents(ts, o);
            ObjectLocks g = ts.locks();
            g.lock(ts, this);
            try {
                appendAll(more);
            } finally {
                g.unlock(ts, this);
            }
        } else if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            repeated(ts, SeqRepeat.count(ts, other), true);
        } else {
            return PyNotImplemented.NotImplemented;
        }
        ts.incref(this);
        return this;
    }

    /**
     * The contents {@code count} times over, read under the lock; with {@code inPlace} they
     * also become the contents.
     */
    private byte[] repeated(ThreadState ts, long count, boolean inPlace) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            byte[] r;
            if (count <= 0 || size == 0) {
                r = new byte[0];
            } else if (count > (Integer.MAX_VALUE - 8) / size) {
                throw Errors.of(ExceptionTypes.MEMORY_ERROR);
            } else {
                r = new byte[(int) count * size];
                System.arraycopy(buf, 0, r, 0, size);
                for (int done = size; done < r.length; done *= 2) {
                    System.arraycopy(r, 0, r, done, Math.min(done, r.length - done));
                }
            }
            if (inPlace) {
                buf = r;
                size = r.length;
            }
            return r;
        } finally {
            g.unlock(ts, this);
        }
    }
}

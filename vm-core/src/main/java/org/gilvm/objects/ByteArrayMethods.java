package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * The mutating methods of {@code bytearray} and its item and slice assignment, CPython's
 * {@code Objects/bytearrayobject.c}. The methods shared with bytes are in
 * {@link BytesMethods}, {@link BytesSplit}, {@link BytesCase} and {@link BytesPadding}.
 */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    /** An int argument that must be a byte value: {@code __index__}, then the range check. */
    static int byteValue(ThreadState ts, PyObject o) {
        PyInt i = Abstract.index(ts, o);
        long v = i.isSmall() ? i.value : -1;
        ts.decref(i);
        if (v < 0 || v > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) v;
    }

    /**
     * The bytes of an iterable of ints (or a bytes-like object): what extend and slice
     * assignment take. Collected before the target's lock is taken: it may run Python code.
     */
    static byte[] bytesOf(ThreadState ts, PyObject value) {
        if (value instanceof BytesLike b) {
            return PyByteArray.contents(ts, b);
        }
        PyList items = Abstract.toList(ts, value);
        try {
            byte[] out = new byte[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) byteValue(ts, items.get(i));
            }
            return out;
        } finally {
            ts.decref(items);
        }
    }

    /** {@code self[s]}: the bytes of a slice, read under the lock. */
    static byte[] slice(ThreadState ts, PyByteArray self, PySlice s) {
        long[] r = s.unpack(ts);
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            PySlice.adjust(r, self.size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (len <= 0) {
                return new byte[0];
            }
            if (step == 1) {
                return Arrays.copyOfRange(self.buf, start, start + len);
            }
            byte[] out = new byte[len];
            for (int k = 0, j = start; k < len; k++, j += step) {
                out[k] = self.buf[j];
            }
            return out;
        } finally {
            g.unlock(ts, self);
        }
    }

    /** {@code self[key] = value}, or {@code del self[key]} when value is null. */
    static void setItem(ThreadState ts, PyByteArray self, PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            setSlice(ts, self, s, value);
            return;
        }
        if (!Abstract.hasIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name());
        }
        long i = Abstract.asSsize(ts, key, true);
        int b = value == null ? -1 : byteValue(ts, value);
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw Errors.indexError("bytearray index out of range");
            }
            if (b < 0) {
                self.replace((int) i, (int) i + 1, NO_BYTES);
            } else {
                self.buf[(int) i] = (byte) b;
            }
        } finally {
            g.unlock(ts, self);
        }
    }

    private static final byte[] NO_BYTES = new byte[0];

    private static void setSlice(ThreadState ts, PyByteArray self, PySlice s, PyObject value) {
        byte[] src;
        if (value == null) {
            src = NO_BYTES;
        } else if (value instanceof PyStr || value instanceof PyFloat || Abstract.hasIndex(value)) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            src = bytesOf(ts, value);
        }
        long[] r = s.unpack(ts);
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            PySlice.adjust(r, self.size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (step == 1) {
                self.replace(start, Math.max(start, (int) r[1]), src);
                return;
            }
            if (value == null) {
                deleteExtended(self, start, step, len);
                return;
            }
            if (src.length != len) {
                throw Errors.valueError("attempt to assign bytes of size " + src.length
                        + " to extended slice of size " + len);
            }
            for (int k = 0, cur = start; k < len; k++, cur += step) {
                self.buf[cur] = src[k];
            }
        } finally {
            g.unlock(ts, self);
        }
    }

    /** Under the lock: deletes an extended slice. */
    private static void deleteExtended(PyByteArray self, int start, int step, int len) {
        if (len <= 0) {
            return;
        }
        boolean[] gone = new boolean[self.size];
        for (int k = 0, cur = start; k < len; k++, cur += step) {
            gone[cur] = true;
        }
        int w = 0;
        for (int i = 0; i < self.size; i++) {
            if (!gone[i]) {
                self.buf[w++] = self.buf[i];
            }
        }
        self.size = w;
    }

    @ExposedMethod(name = "__setitem__")
    static void setItemMethod(ThreadState ts, PyByteArray self, PyObject key, PyObject value) {
        setItem(ts, self, key, value);
    }

    @ExposedMethod(name = "__delitem__")
    static void delItemMethod(ThreadState ts, PyByteArray self, PyObject key) {
        setItem(ts, self, key, null);
    }

    @ExposedMethod
    static void append(ThreadState ts, PyByteArray self, PyObject item) {
        int b = byteValue(ts, item);
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            self.append(b);
        } finally {
            g.unlock(ts, self);
        }
    }

    @ExposedMethod
    static void extend(ThreadState ts, PyByteArray self, PyObject iterable) {
        if (!(iterable instanceof BytesLike) && iterable.type().lookup("__iter__") == null
                && iterable.type().lookup("__getitem__") == null) {
            throw Errors.typeError("can't extend bytearray with " + iterable.type().name());
        }
        byte[] more = bytesOf(ts, iterable);
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            self.appendAll(more);
        } finally {
            g.unlock(ts, self);
        }
    }

    @ExposedMethod(sig = "index=-1, /")
    static int pop(ThreadState ts, PyByteArray self, long index) {
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            if (self.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            long i = index < 0 ? index + self.size : index;
            if (i < 0 || i >= self.size) {
                throw Errors.indexError("pop index out of range");
            }
            int v = self.buf[(int) i] & 0xff;
            self.replace((int) i, (int) i + 1, NO_BYTES);
            return v;
        } finally {
            g.unlock(ts, self);
        }
    }

    @ExposedMethod
    static void insert(ThreadState ts, PyByteArray self, long index, PyObject item) {
        int v = byteValue(ts, item);
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            long i = index < 0 ? Math.max(0, index + self.size) : Math.min(index, self.size);
            self.replace((int) i, (int) i, new byte[] {(byte) v});
        } finally {
            g.unlock(ts, self);
        }
    }

    @ExposedMethod
    static void remove(ThreadState ts, PyByteArray self, PyObject value) {
        int v = byteValue(ts, value);
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            for (int i = 0; i < self.size; i++) {
                if ((self.buf[i] & 0xff) == v) {
                    self.replace(i, i + 1, NO_BYTES);
                    return;
                }
            }
        } finally {
            g.unlock(ts, self);
        }
        throw Errors.valueError("value not found in bytearray");
    }

    @ExposedMethod
    static void reverse(ThreadState ts, PyByteArray self) {
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            byte[] b = self.buf;
            for (int i = 0, j = self.size - 1; i < j; i++, j--) {
                byte t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
        } finally {
            g.unlock(ts, self);
        }
    }

    @ExposedMethod
    static void clear(ThreadState ts, PyByteArray self) {
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            self.buf = NO_BYTES;
            self.size = 0;
        } finally {
            g.unlock(ts, self);
        }
    }

    @ExposedMethod
    static PyObject copy(ThreadState ts, PyByteArray self) {
        return new PyByteArray(self.bytes(ts));
    }
}

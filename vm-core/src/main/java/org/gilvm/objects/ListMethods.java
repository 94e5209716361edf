package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The methods of {@code list}, CPython's {@code Objects/listobject.c}. Slice assignment and
 * deletion are in {@link ListSlices}, sorting in {@link ListSort}.
 */
public final class ListMethods {
    private ListMethods() {}

    static final PyObject[] NO_ITEMS = new PyObject[0];
    /** The largest Java array we allocate; beyond it CPython would also fail (MemoryError). */
    private static final int MAX_ITEMS = Integer.MAX_VALUE - 8;

    // ---- index conversions ---------------------------------------------------------------

    /** CPython's PyIndex_Check: whether o has {@code __index__}. */
    static boolean hasIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    /**
     * CPython's PyNumber_AsSsize_t(o, exc) for an object with {@code __index__}: an int past
     * 64 bits raises IndexError (subscripts) or OverflowError (repeat counts).
     */
    static long asSsize(ThreadState ts, PyObject o, boolean indexError) {
        PyInt i = o instanceof PyInt pi ? pi : Abstract.index(ts, o);
        try {
            if (i.isSmall()) {
                return i.value;
            }
            String msg = "cannot fit 'int' into an index-sized integer";
            throw indexError ? Errors.indexError(msg) : Errors.overflowError(msg);
        } finally {
            if (i != o) {
                ts.decref(i);
            }
        }
    }

    /** CPython's _PyEval_SliceIndexNotNone: the start/stop of index(), clamped to 64 bits. */
    static long sliceIndex(ThreadState ts, PyObject o, long absent) {
        if (o == null) {
            return absent;
        }
        if (!hasIndex(o)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.asClampedLong(ts, o);
    }

    /** {@code obj == value} holding a reference to obj, which __eq__ could otherwise free. */
    static boolean eqHeld(ThreadState ts, PyObject obj, PyObject value) {
        if (obj == value) {
            return true;
        }
        ts.incref(obj);
        try {
            return Abstract.richCompareBool(ts, obj, value, CompareOp.EQ);
        } finally {
            ts.decref(obj);
        }
    }

    // ---- subscripts -----------------------------------------------------------------------

    static PyObject getItem(ThreadState ts, PyList l, PyObject key) {
        if (key instanceof PySlice s) {
            return slice(ts, l, s);
        }
        if (!hasIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        long i = asSsize(ts, key, true);
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Errors.indexError("list index out of range");
        }
        PyObject o = l.items[(int) i];
        ts.incref(o);
        return o;
    }

    private static PyList slice(ThreadState ts, PyList l, PySlice s) {
        long[] r = s.indices(ts, l.size);
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        if (len <= 0) {
            return new PyList();
        }
        PyObject[] items = new PyObject[len];
        if (step == 1) {
            System.arraycopy(l.items, start, items, 0, len);
        } else {
            for (int k = 0, cur = start; k < len; k++, cur += step) {
                items[k] = l.items[cur];
            }
        }
        for (PyObject o : items) {
            ts.incref(o);
        }
        return new PyList(items, len);
    }

    static void setItem(ThreadState ts, PyList l, PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            ListSlices.assign(ts, l, s, value);
            return;
        }
        if (!hasIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        long i = asSsize(ts, key, true);
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Errors.indexError("list assignment index out of range");
        }
        l.set(ts, (int) i, value);
    }

    static void delItem(ThreadState ts, PyList l, PyObject key) {
        if (key instanceof PySlice s) {
            ListSlices.delete(ts, l, s);
            return;
        }
        if (!hasIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        long i = asSsize(ts, key, true);
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Errors.indexError("list assignment index out of range");
        }
        ts.decref(removeAt(l, (int) i));
    }

    /** Removes item idx and returns the list's reference to it. */
    static PyObject removeAt(PyList l, int idx) {
        PyObject o = l.items[idx];
        System.arraycopy(l.items, idx + 1, l.items, idx, l.size - idx - 1);
        l.items[--l.size] = null;
        return o;
    }

    // ---- operators ------------------------------------------------------------------------

    static PyObject binary(ThreadState ts, PyList l, int nb, PyObject other) {
        if (nb == BinaryOps.ADD && other instanceof PyList o) {
            long total = (long) l.size + o.size;
            if (total > MAX_ITEMS) {
                throw Errors.of(ExceptionTypes.MEMORY_ERROR);
            }
            PyObject[] items = new PyObject[Math.max(1, (int) total)];
            System.arraycopy(l.items, 0, items, 0, l.size);
            System.arraycopy(o.items, 0, items, l.size, o.size);
            for (int i = 0; i < total; i++) {
                ts.incref(items[i]);
            }
            return new PyList(items, (int) total);
        }
        if (nb == BinaryOps.MULTIPLY && hasIndex(other)) {
            return repeat(ts, l, asSsize(ts, other, false));
        }
        return PyNotImplemented.NotImplemented;
    }

    /** CPython's list_repeat: the items {@code count} times over. */
    private static PyList repeat(ThreadState ts, PyList l, long count) {
        int n = l.size;
        if (count <= 0 || n == 0) {
            return new PyList();
        }
        if (count > MAX_ITEMS / n) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR);
        }
        int total = (int) (count * n);
        PyObject[] items = new PyObject[total];
        fillRepeated(l.items, n, items, total);
        for (int i = 0; i < n; i++) {
            PyObject o = items[i];
            for (long c = 0; c < count; c++) {
                ts.incref(o);
            }
        }
        return new PyList(items, total);
    }

    /** Copies src[0..n) into dst repeatedly, doubling the copied block each time. */
    private static void fillRepeated(PyObject[] src, int n, PyObject[] dst, int total) {
        System.arraycopy(src, 0, dst, 0, n);
        for (int done = n; done < total; done *= 2) {
            System.arraycopy(dst, 0, dst, done, Math.min(done, total - done));
        }
    }

    static PyObject inplace(ThreadState ts, PyList l, int nb, PyObject other) {
        if (nb == BinaryOps.ADD) {
            extend(ts, l, other);
            ts.incref(l);
            return l;
        }
        if (nb == BinaryOps.MULTIPLY && hasIndex(other)) {
            inplaceRepeat(ts, l, asSsize(ts, other, false));
            ts.incref(l);
            return l;
        }
        return PyNotImplemented.NotImplemented;
    }

    /** CPython's list_inplace_repeat. */
    private static void inplaceRepeat(ThreadState ts, PyList l, long count) {
        int n = l.size;
        if (count < 1 || n == 0) {
            clear(ts, l);
            return;
        }
        if (count == 1) {
            return;
        }
        if (count > MAX_ITEMS / n) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR);
        }
        int total = (int) (count * n);
        PyObject[] items = new PyObject[total];
        fillRepeated(l.items, n, items, total);
        for (int i = 0; i < n; i++) {
            PyObject o = items[i];
            for (long c = 1; c < count; c++) {
                ts.incref(o);
            }
        }
        l.items = items;
        l.size = total;
    }

    // ---- exposed methods ------------------------------------------------------------------

    @ExposedMethod
    static void append(ThreadState ts, PyList self, PyObject x) {
        self.append(ts, x);
    }

    @ExposedMethod
    static void extend(ThreadState ts, PyList self, PyObject iterable) {
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            PyObject[] src = iterable instanceof PyList o ? o.items : ((PyTuple) iterable).array();
            int n = iterable instanceof PyList o ? o.size : src.length;
            if (n == 0) {
                return;
            }
            if (self.size + n > self.items.length) {
                self.grow(self.size + n);
            }
            for (int i = 0; i < n; i++) {
                ts.incref(src[i]);
                self.items[self.size + i] = src[i];
            }
            self.size += n;
            return;
        }
        PyObject it = iterable.iter(ts);
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                self.appendOwned(x);
            }
        } finally {
            ts.decref(it);
        }
    }

    @ExposedMethod(sig = "index=-1, /")
    static PyObject pop(ThreadState ts, PyList self, long index) {
        if (self.size == 0) {
            throw Errors.indexError("pop from empty list");
        }
        int idx = SeqMethods.checkIndex(index, self.size);
        if (idx < 0) {
            throw Errors.indexError("pop index out of range");
        }
        return removeAt(self, idx);
    }

    @ExposedMethod
    static void insert(ThreadState ts, PyList self, long index, PyObject x) {
        int n = self.size;
        if (index < 0) {
            index = Math.max(0, index + n);
        }
        int idx = (int) Math.min(index, n);
        if (n == self.items.length) {
            self.grow(n + 1);
        }
        System.arraycopy(self.items, idx, self.items, idx + 1, n - idx);
        ts.incref(x);
        self.items[idx] = x;
        self.size++;
    }

    @ExposedMethod
    static void remove(ThreadState ts, PyList self, PyObject value) {
        // __eq__ may change the list: re-read its size and items at every step.
        for (int i = 0; i < self.size; i++) {
            if (eqHeld(ts, self.items[i], value)) {
                if (i < self.size) {
                    ts.decref(removeAt(self, i));
                }
                return;
            }
        }
        throw Errors.valueError("list.remove(x): x not in list");
    }

    @ExposedMethod(sig = "value, start=?, stop=?, /")
    static long index(ThreadState ts, PyList self, PyObject value, PyObject start, PyObject stop) {
        long lo = sliceIndex(ts, start, 0);
        long hi = sliceIndex(ts, stop, Long.MAX_VALUE);
        if (lo < 0) {
            lo = Math.max(0, lo + self.size);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + self.size);
        }
        for (long i = lo; i < hi && i < self.size; i++) {
            if (eqHeld(ts, self.items[(int) i], value)) {
                return i;
            }
        }
        throw Errors.valueError(value.repr(ts) + " is not in list");
    }

    @ExposedMethod
    static long count(ThreadState ts, PyList self, PyObject value) {
        long n = 0;
        for (int i = 0; i < self.size; i++) {
            if (eqHeld(ts, self.items[i], value)) {
                n++;
            }
        }
        return n;
    }

    @ExposedMethod
    static void clear(ThreadState ts, PyList self) {
        int n = self.size;
        if (n == 0) {
            return;
        }
        PyObject[] old = self.items;
        self.items = NO_ITEMS;
        self.size = 0;
        for (int i = 0; i < n; i++) {
            ts.decref(old[i]);
        }
    }

    @ExposedMethod
    static PyList copy(ThreadState ts, PyList self) {
        return Abstract.toList(ts, self);
    }

    @ExposedMethod
    static void reverse(PyList self) {
        ListSort.reverseRange(self.items, 0, self.size);
    }

    @ExposedMethod(sig = "*, key=None, reverse=False")
    static void sort(ThreadState ts, PyList self, PyObject key, PyObject reverse) {
        boolean rev = reverse != PyBool.False && (reverse == PyBool.True || Abstract.asInt(ts, reverse) != 0);
        ListSort.sort(ts, self, key, rev);
    }

    @ExposedMethod(name = "__reversed__")
    static PyObject reversed(ThreadState ts, PyList self) {
        return new PyListReverseIterator(ts, self);
    }

    @ExposedMethod(name = "__setitem__")
    static void setItemMethod(ThreadState ts, PyList self, PyObject key, PyObject value) {
        setItem(ts, self, key, value);
    }

    @ExposedMethod(name = "__delitem__")
    static void delItemMethod(ThreadState ts, PyList self, PyObject key) {
        delItem(ts, self, key);
    }

    @ExposedMethod(name = "__iadd__")
    static PyObject iadd(ThreadState ts, PyList self, PyObject other) {
        return inplace(ts, self, BinaryOps.ADD, other);
    }

    @ExposedMethod(name = "__imul__")
    static PyObject imul(ThreadState ts, PyList self, PyObject other) {
        PyObject r = inplace(ts, self, BinaryOps.MULTIPLY, other);
        if (r == PyNotImplemented.NotImplemented) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + other.type().name() + "'");
        }
        return r;
    }
}

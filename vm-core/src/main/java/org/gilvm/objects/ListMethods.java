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

    /** CPython's _PyEval_SliceIndexNotNone: the start/stop of index(), clamped to 64 bits. */
    static long sliceIndex(ThreadState ts, PyObject o, long absent) {
        if (o == null) {
            return absent;
        }
        if (!Abstract.hasIndex(o)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.asClampedLong(ts, o);
    }

    // ---- subscripts -----------------------------------------------------------------------

    static PyObject getItem(ThreadState ts, PyList l, PyObject key) {
        if (key instanceof PySlice s) {
            return slice(ts, l, s);
        }
        PyObject o = l.items[position(ts, l, key, "list index out of range")];
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
        l.set(ts, position(ts, l, key, "list assignment index out of range"), value);
    }

    static void delItem(ThreadState ts, PyList l, PyObject key) {
        if (key instanceof PySlice s) {
            ListSlices.delete(ts, l, s);
            return;
        }
        ts.decref(removeAt(l, position(ts, l, key, "list assignment index out of range")));
    }

    /**
     * The item a non-slice subscript names, counting from the end when negative; TypeError
     * for a key without __index__, IndexError with {@code outOfRange} past either end.
     */
    private static int position(ThreadState ts, PyList l, PyObject key, String outOfRange) {
        if (!Abstract.hasIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        long i = Abstract.asSsize(ts, key, true);
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Errors.indexError(outOfRange);
        }
        return (int) i;
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
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.list(ts, l, SeqRepeat.count(ts, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    static PyObject inplace(ThreadState ts, PyList l, int nb, PyObject other) {
        if (nb == BinaryOps.ADD) {
            extend(ts, l, other);
            ts.incref(l);
            return l;
        }
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            SeqRepeat.listInPlace(ts, l, SeqRepeat.count(ts, other));
            ts.incref(l);
            return l;
        }
        return PyNotImplemented.NotImplemented;
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
            if (Abstract.eqHeld(ts, self.items[i], value)) {
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
            if (Abstract.eqHeld(ts, self.items[(int) i], value)) {
                return i;
            }
        }
        throw Errors.valueError(value.repr(ts) + " is not in list");
    }

    @ExposedMethod
    static long count(ThreadState ts, PyList self, PyObject value) {
        long n = 0;
        for (int i = 0; i < self.size; i++) {
            if (Abstract.eqHeld(ts, self.items[i], value)) {
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
        SeqRepeat.listInPlace(ts, self, SeqRepeat.count(ts, other));
        ts.incref(self);
        return self;
    }
}

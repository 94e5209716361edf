package org.gilvm.objects;

import java.lang.invoke.VarHandle;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

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
        PyObject o = l.getItemRef(ts, index(ts, key));
        if (o == null) {
            throw Errors.indexError("list index out of range");
        }
        return o;
    }

    private static PyList slice(ThreadState ts, PyList l, PySlice s) {
        long[] r = s.unpack(ts);
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            PySlice.adjust(r, l.size);
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
        } finally {
            g.unlock(ts, l);
        }
    }

    static void setItem(ThreadState ts, PyList l, PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            ListSlices.assign(ts, l, s, value);
            return;
        }
        long i = index(ts, key);
        PyObject old;
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            int idx = position(l, i);
            ts.incref(value);
            old = l.items[idx];
            PyList.publish(l.items, idx, value);
        } finally {
            g.unlock(ts, l);
        }
        ts.decref(old);
    }

    static void delItem(ThreadState ts, PyList l, PyObject key) {
        if (key instanceof PySlice s) {
            ListSlices.delete(ts, l, s);
            return;
        }
        long i = index(ts, key);
        PyObject old;
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            old = removeAt(l, position(l, i));
        } finally {
            g.unlock(ts, l);
        }
        ts.decref(old);
    }

    /** A non-slice subscript as a number (may run {@code __index__}: before taking the lock). */
    private static long index(ThreadState ts, PyObject key) {
        if (!Abstract.hasIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        return Abstract.asSsize(ts, key, true);
    }

    /** Under the lock: the item index i names, counting from the end when negative, or IndexError. */
    private static int position(PyList l, long i) {
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Errors.indexError("list assignment index out of range");
        }
        return (int) i;
    }

    /** Under the lock: removes item idx and returns the list's reference to it. */
    static PyObject removeAt(PyList l, int idx) {
        PyObject o = l.items[idx];
        System.arraycopy(l.items, idx + 1, l.items, idx, l.size - idx - 1);
        l.items[--l.size] = null;
        return o;
    }

    // ---- operators ------------------------------------------------------------------------

    /**
     * Compare CPython list_richcompare: the first pair of items that differ decides, else the
     * lengths. Each pair is taken as references (one list's lock at a time) and compared
     * unlocked, so {@code __eq__} may change either list.
     */
    static PyObject compare(ThreadState ts, PyList a, PyList b, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && a.size != b.size) {
            return PyBool.of(op == CompareOp.NE);
        }
        PyObject x = null, y = null;
        try {
            for (int i = 0; ; i++) {
                x = a.getItemRef(ts, i);
                y = x == null ? null : b.getItemRef(ts, i);
                if (y == null || !Abstract.eqForContains(ts, x, y)) {
                    break;
                }
                ts.decref(x);
                ts.decref(y);
            }
            if (y == null) {
                return PyBool.of(op.test(Integer.compare(a.size, b.size)));
            }
            if (op == CompareOp.EQ) {
                return PyBool.False;
            }
            if (op == CompareOp.NE) {
                return PyBool.True;
            }
            return Abstract.richCompare(ts, x, y, op);
        } finally {
            ts.decref(x);
            ts.decref(y);
        }
    }

    /** {@code l + o}: each operand is copied under its own lock, one after the other. */
    static PyObject binary(ThreadState ts, PyList l, int nb, PyObject other) {
        if (nb == BinaryOps.ADD && other instanceof PyList o) {
            ObjectLocks g = ts.locks();
            PyObject[] items;
            int n;
            g.lock(ts, l);
            try {
                n = l.size;
                long total = (long) n + o.size;
                if (total > MAX_ITEMS) {
                    throw Errors.of(ExceptionTypes.MEMORY_ERROR);
                }
                items = new PyObject[Math.max(1, (int) total)];
                copyIn(ts, l, items, 0);
            } finally {
                g.unlock(ts, l);
            }
            boolean tooBig;
            g.lock(ts, o);
            try {
                int m = o.size;
                tooBig = (long) n + m > MAX_ITEMS;
                if (!tooBig) {
                    if (n + m > items.length) {
                        items = java.util.Arrays.copyOf(items, n + m);
                    }
                    copyIn(ts, o, items, n);
                    n += m;
                }
            } finally {
                g.unlock(ts, o);
            }
            if (tooBig) {
                for (int i = 0; i < n; i++) {
                    ts.decref(items[i]);
                }
                throw Errors.of(ExceptionTypes.MEMORY_ERROR);
            }
            return new PyList(items, n);
        }
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.list(ts, l, SeqRepeat.count(ts, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    /** Under src's lock: copies its items to dst at {@code at}, adding a reference to each. */
    private static void copyIn(ThreadState ts, PyList src, PyObject[] dst, int at) {
        System.arraycopy(src.items, 0, dst, at, src.size);
        for (int i = at, end = at + src.size; i < end; i++) {
            ts.incref(dst[i]);
        }
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

    /**
     * {@code list.extend}. A tuple, or the list itself, is read under self's lock; another
     * list is copied under its own lock first when locks are real, so that no thread ever
     * holds two list locks (which two opposite extends could take in opposite orders).
     */
    @ExposedMethod
    static void extend(ThreadState ts, PyList self, PyObject iterable) {
        ObjectLocks g = ts.locks();
        if (iterable instanceof PyList o && o != self && g.guards()) {
            PyList copy = o.copy(ts);
            g.lock(ts, self);
            try {
                appendTaken(self, copy.items, copy.size);
            } finally {
                g.unlock(ts, self);
            }
            copy.size = 0;
            ts.decref(copy);
            return;
        }
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            g.lock(ts, self);
            try {
                PyObject[] src = iterable instanceof PyList o ? o.items : ((PyTuple) iterable).array();
                int n = iterable instanceof PyList o ? o.size : src.length;
                for (int i = 0; i < n; i++) {
                    ts.incref(src[i]);
                }
                appendTaken(self, src, n);
            } finally {
                g.unlock(ts, self);
            }
            return;
        }
        PyObject it = iterable.iter(ts);
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                g.lock(ts, self);
                try {
                    self.appendOwned(x);
                } finally {
                    g.unlock(ts, self);
                }
            }
        } finally {
            ts.decref(it);
        }
    }

    /**
     * Under the lock: appends src[0..n), whose references the caller hands over. Reads src
     * before growing, so a list may be extended with its own array.
     */
    private static void appendTaken(PyList self, PyObject[] src, int n) {
        if (n == 0) {
            return;
        }
        if (self.size + n > self.items.length) {
            self.grow(self.size + n);
        }
        // The copied items are published to unlocked readers (PyList.ITEM) all at once.
        VarHandle.releaseFence();
        System.arraycopy(src, 0, self.items, self.size, n);
        self.size += n;
    }

    @ExposedMethod(sig = "index=-1, /")
    static PyObject pop(ThreadState ts, PyList self, long index) {
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            if (self.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            int idx = SeqMethods.checkIndex(index, self.size);
            if (idx < 0) {
                throw Errors.indexError("pop index out of range");
            }
            return removeAt(self, idx);
        } finally {
            g.unlock(ts, self);
        }
    }

    @ExposedMethod
    static void insert(ThreadState ts, PyList self, long index, PyObject x) {
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
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
            PyList.publish(self.items, idx, x);
            self.size++;
        } finally {
            g.unlock(ts, self);
        }
    }

    /**
     * {@code list.remove}: compares under the lock, as CPython 3.13t's critical section does,
     * so the item removed is the one found equal.
     */
    @ExposedMethod
    static void remove(ThreadState ts, PyList self, PyObject value) {
        PyObject removed = null;
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            // __eq__ may change the list: re-read its size and items at every step.
            for (int i = 0; i < self.size; i++) {
                if (Abstract.eqHeld(ts, self.items[i], value)) {
                    if (i < self.size) {
                        removed = removeAt(self, i);
                    }
                    return;
                }
            }
        } finally {
            g.unlock(ts, self);
            ts.decref(removed);
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
        for (long i = lo; i < hi; i++) {
            PyObject x = self.getItemRef(ts, i);
            if (x == null) {
                break;
            }
            boolean eq;
            try {
                eq = Abstract.eqForContains(ts, x, value);
            } finally {
                ts.decref(x);
            }
            if (eq) {
                return i;
            }
        }
        throw Errors.valueError(value.repr(ts) + " is not in list");
    }

    @ExposedMethod
    static long count(ThreadState ts, PyList self, PyObject value) {
        long n = 0;
        for (int i = 0; ; i++) {
            PyObject x = self.getItemRef(ts, i);
            if (x == null) {
                return n;
            }
            try {
                if (Abstract.eqForContains(ts, x, value)) {
                    n++;
                }
            } finally {
                ts.decref(x);
            }
        }
    }

    @ExposedMethod
    static void clear(ThreadState ts, PyList self) {
        PyObject[] old;
        int n;
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            old = self.items;
            n = self.size;
            if (n != 0) {
                self.items = NO_ITEMS;
                self.size = 0;
            }
        } finally {
            g.unlock(ts, self);
        }
        for (int i = 0; i < n; i++) {
            ts.decref(old[i]);
        }
    }

    @ExposedMethod
    static PyList copy(ThreadState ts, PyList self) {
        return self.copy(ts);
    }

    @ExposedMethod
    static void reverse(ThreadState ts, PyList self) {
        ObjectLocks g = ts.locks();
        g.lock(ts, self);
        try {
            ListSort.reverseRange(self.items, 0, self.size);
        } finally {
            g.unlock(ts, self);
        }
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

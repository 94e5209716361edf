package org.gilvm.objects;

import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * Slice assignment and deletion on lists, CPython's list_ass_slice and list_ass_subscript.
 * The new items are collected (which may run Python code) before the list's lock is taken;
 * replaced items are released only after the list is consistent again and unlocked,
 * because releasing one may run a {@code __del__} that looks at the list.
 */
final class ListSlices {
    private ListSlices() {}

    static void assign(ThreadState ts, PyList l, PySlice s, PyObject value) {
        long[] r = s.unpack(ts);
        if (r[2] == 1) {
            // As CPython: bounds against the size before the value is read, clamped again after.
            PySlice.adjust(r, l.size);
            PyList src = fast(ts, value, "can only assign an iterable");
            try {
                replace(ts, l, (int) r[0], Math.max((int) r[0], (int) r[1]), src);
            } finally {
                ts.decref(src);
            }
            return;
        }
        PyList src = fast(ts, value, "must assign iterable to extended slice");
        try {
            PyObject[] garbage;
            ObjectLocks g = ts.locks();
            g.lock(ts, l);
            try {
                PySlice.adjust(r, l.size);
                int start = (int) r[0], step = (int) r[2], len = (int) r[3];
                if (src.size != len) {
                    throw Errors.valueError("attempt to assign sequence of size " + src.size
                            + " to extended slice of size " + len);
                }
                garbage = new PyObject[len];
                for (int k = 0, cur = start; k < len; k++, cur += step) {
                    PyObject x = src.items[k];
                    ts.incref(x);
                    garbage[k] = l.items[cur];
                    PyList.publish(l.items, cur, x);
                }
            } finally {
                g.unlock(ts, l);
            }
            for (PyObject o : garbage) {
                ts.decref(o);
            }
        } finally {
            ts.decref(src);
        }
    }

    /**
     * CPython's PySequence_Fast as a new list: the items of value, with {@code message} as the
     * TypeError when value is not iterable at all.
     */
    private static PyList fast(ThreadState ts, PyObject value, String message) {
        if (value instanceof PyList || value instanceof PyTuple) {
            return Abstract.toList(ts, value);
        }
        PyObject it;
        try {
            it = value.iter(ts);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                ts.decref(e.value);
                throw Errors.typeError(message);
            }
            throw e;
        }
        PyList out = new PyList();
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                out.appendOwned(x);
            }
        } catch (PyException e) {
            ts.decref(out);
            throw e;
        } finally {
            ts.decref(it);
        }
        return out;
    }

    /** Replaces l[lo:hi] with the items of src (a private list), in place when the array has room. */
    private static void replace(ThreadState ts, PyList l, int lo, int hi, PyList src) {
        PyObject[] removed;
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            int n = src.size;
            int size = l.size;
            lo = Math.min(lo, size);
            hi = Math.max(lo, Math.min(hi, size));
            int newSize = size - (hi - lo) + n;
            removed = java.util.Arrays.copyOfRange(l.items, lo, hi);
            if (newSize == 0) {
                // CPython's _list_clear: an empty list keeps no array (and a list being sorted
                // stays untouched, so the sort does not see a modification).
                if (size != 0) {
                    l.items = ListMethods.NO_ITEMS;
                    l.size = 0;
                }
            } else if (newSize <= l.items.length) {
                System.arraycopy(l.items, hi, l.items, lo + n, size - hi);
                for (int i = newSize; i < size; i++) {
                    l.items[i] = null;
                }
                copyIn(ts, l.items, lo, src);
                l.size = newSize;
            } else {
                PyObject[] items = new PyObject[newSize + (newSize >> 3) + (newSize < 9 ? 3 : 6)];
                System.arraycopy(l.items, 0, items, 0, lo);
                System.arraycopy(l.items, hi, items, lo + n, size - hi);
                copyIn(ts, items, lo, src);
                l.items = items;
                l.size = newSize;
            }
        } finally {
            g.unlock(ts, l);
        }
        for (PyObject o : removed) {
            ts.decref(o);
        }
    }

    private static void copyIn(ThreadState ts, PyObject[] dst, int at, PyList src) {
        for (int k = 0; k < src.size; k++) {
            PyObject x = src.items[k];
            ts.incref(x);
            PyList.publish(dst, at + k, x);
        }
    }

    static void delete(ThreadState ts, PyList l, PySlice s) {
        long[] r = s.unpack(ts);
        if (r[2] == 1) {
            PySlice.adjust(r, l.size);
            PyList empty = new PyList();
            try {
                replace(ts, l, (int) r[0], Math.max((int) r[0], (int) r[1]), empty);
            } finally {
                ts.decref(empty);
            }
            return;
        }
        PyObject[] removed;
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            PySlice.adjust(r, l.size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (len <= 0) {
                return;
            }
            if (step < 0) {
                start = start + step * (len - 1);
                step = -step;
            }
            PyObject[] items = l.items;
            int size = l.size;
            removed = new PyObject[len];
            int w = start;
            for (int k = 0, cur = start; k < len; k++, cur += step) {
                removed[k] = items[cur];
                int next = k + 1 < len ? cur + step : size;
                int keep = next - cur - 1;
                System.arraycopy(items, cur + 1, items, w, keep);
                w += keep;
            }
            for (int i = w; i < size; i++) {
                items[i] = null;
            }
            l.size = w;
        } finally {
            g.unlock(ts, l);
        }
        for (PyObject o : removed) {
            ts.decref(o);
        }
    }
}

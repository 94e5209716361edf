package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** Slice assignment and deletion on lists, CPython's list_ass_slice and list_ass_subscript. */
final class ListSlices {
    private ListSlices() {}

    static void assign(ThreadState ts, PyList l, PySlice s, PyObject value) {
        PyList src = Abstract.toList(ts, value == l ? l : value);
        try {
            long[] r = s.indices(ts, l.size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (step == 1) {
                int stop = Math.max(start, (int) r[1]);
                replace(ts, l, start, stop, src);
                return;
            }
            if (src.size != len) {
                throw Errors.valueError("attempt to assign sequence of size " + src.size
                        + " to extended slice of size " + len);
            }
            for (int k = 0; k < len; k++) {
                l.set(ts, start + k * step, src.items[k]);
            }
        } finally {
            ts.decref(src);
        }
    }

    /** Replaces l[lo:hi] with the items of src. */
    private static void replace(ThreadState ts, PyList l, int lo, int hi, PyList src) {
        int n = src.size;
        PyObject[] removed = java.util.Arrays.copyOfRange(l.items, lo, hi);
        int newSize = l.size - (hi - lo) + n;
        PyObject[] items = new PyObject[Math.max(newSize + (newSize >> 3) + 3, 1)];
        System.arraycopy(l.items, 0, items, 0, lo);
        for (int k = 0; k < n; k++) {
            ts.incref(src.items[k]);
            items[lo + k] = src.items[k];
        }
        System.arraycopy(l.items, hi, items, lo + n, l.size - hi);
        l.items = items;
        l.size = newSize;
        for (PyObject o : removed) {
            ts.decref(o);
        }
    }

    static void delete(ThreadState ts, PyList l, PySlice s) {
        long[] r = s.indices(ts, l.size);
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        if (len == 0) {
            return;
        }
        if (step < 0) {
            start = start + step * (len - 1);
            step = -step;
        }
        boolean[] drop = new boolean[l.size];
        for (int k = 0; k < len; k++) {
            drop[start + k * step] = true;
        }
        PyObject[] removed = new PyObject[len];
        int w = 0, d = 0;
        for (int i = 0; i < l.size; i++) {
            if (drop[i]) {
                removed[d++] = l.items[i];
            } else {
                l.items[w++] = l.items[i];
            }
        }
        for (int i = w; i < l.size; i++) {
            l.items[i] = null;
        }
        l.size = w;
        for (PyObject o : removed) {
            ts.decref(o);
        }
    }
}

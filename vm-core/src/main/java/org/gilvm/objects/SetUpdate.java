package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Filling a set from another set, a dict or any iterable, CPython's set_merge and
 * set_update_internal: a set or dict source keeps its stored hashes, and the table is sized
 * once up front, which (as in CPython) decides the layout of the result.
 */
final class SetUpdate {
    private SetUpdate() {}

    static boolean isExactDict(PyObject o) {
        return o instanceof PyDict d && d.type() == BuiltinTypes.DICT;
    }

    static boolean isExactAnySet(PyObject o) {
        return o instanceof PyAnySet s && (s.type() == BuiltinTypes.SET || s.type() == BuiltinTypes.FROZENSET);
    }

    /**
     * Compare CPython set_merge: adds every key of another set. A mutable source is read
     * through a frozen copy when other threads may change it, so the table copies below see
     * one consistent table and no thread holds two sets' locks.
     */
    static void merge(ThreadState ts, PyAnySet so, PyAnySet other) {
        if (other == so || other.used == 0) {
            return;
        }
        if (other instanceof PySet && ts.locks().guards()) {
            PyFrozenSet frozen = other.frozenCopy(ts);
            try {
                mergeTable(ts, so, frozen);
            } finally {
                ts.decref(frozen);
            }
            return;
        }
        mergeTable(ts, so, other);
    }

    private static void mergeTable(ThreadState ts, PyAnySet so, PyAnySet other) {
        PyObject[] otherKeys = other.keys;
        long[] otherHashes = other.hashes;
        so.lock(ts);
        try {
            if ((long) (so.fill + other.used) * 5 >= (long) so.mask * 3) {
                so.resize((so.used + other.used) * 2);
            }
            if (so.fill == 0 && so.mask == other.mask && other.fill == other.used) {
                for (int i = 0; i <= other.mask; i++) {
                    PyObject k = otherKeys[i];
                    if (k != null) {
                        ts.incref(k);
                        so.keys[i] = k;
                        so.hashes[i] = otherHashes[i];
                    }
                }
                so.fill = other.fill;
                so.used = other.used;
                so.hashCache = -1;
                return;
            }
            if (so.fill == 0) {
                so.fill = other.used;
                so.used = other.used;
                so.hashCache = -1;
                for (int i = 0; i <= other.mask; i++) {
                    PyObject k = otherKeys[i];
                    if (k != null && k != PyAnySet.DUMMY) {
                        ts.incref(k);
                        PyAnySet.insertClean(so.keys, so.hashes, so.mask, k, otherHashes[i]);
                    }
                }
                return;
            }
        } finally {
            so.unlock(ts);
        }
        // __eq__ may run Python code that changes other: re-read its table every step.
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != PyAnySet.DUMMY) {
                so.addEntry(ts, k, other.hashes[i]);
            }
        }
    }

    /** Compare CPython set_update_internal: adds the items of any iterable. */
    static void update(ThreadState ts, PyAnySet so, PyObject other) {
        if (other instanceof PyAnySet o) {
            merge(ts, so, o);
            return;
        }
        if (isExactDict(other)) {
            PyDict d = (PyDict) other;
            int n = d.size();
            so.lock(ts);
            try {
                if ((long) (so.fill + n) * 5 >= (long) so.mask * 3) {
                    so.resize((so.used + n) * 2);
                }
            } finally {
                so.unlock(ts);
            }
            EntryCursor c = new EntryCursor();
            while (d.next(ts, c)) {
                try {
                    so.addEntry(ts, c.key, c.hash);
                } finally {
                    c.release(ts);
                }
            }
            return;
        }
        PyObject it = other.iter(ts);
        try {
            for (PyObject k; (k = it.next(ts)) != null; ) {
                try {
                    so.add(ts, k);
                } finally {
                    ts.decref(k);
                }
            }
        } finally {
            ts.decref(it);
        }
    }

    /** Compare CPython set_copy: a new set of so's kind with its items. */
    static PyAnySet copy(ThreadState ts, PyAnySet so) {
        PyAnySet r = so.newEmpty();
        merge(ts, r, so);
        return r;
    }

    /** Compare CPython set_swap_bodies: exchanges the tables of two sets (the caller locks a shared one). */
    static void swapBodies(PyAnySet a, PyAnySet b) {
        PyObject[] k = a.keys;
        a.keys = b.keys;
        b.keys = k;
        long[] h = a.hashes;
        a.hashes = b.hashes;
        b.hashes = h;
        int t = a.fill;
        a.fill = b.fill;
        b.fill = t;
        t = a.used;
        a.used = b.used;
        b.used = t;
        t = a.mask;
        a.mask = b.mask;
        b.mask = t;
        if (a instanceof PyFrozenSet && b instanceof PyFrozenSet) {
            long x = a.hashCache;
            a.hashCache = b.hashCache;
            b.hashCache = x;
        } else {
            a.hashCache = -1;
            b.hashCache = -1;
        }
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code dict.update(other)}, {@code dict(other)} and {@code d |= other}: CPython's
 * dict_update_arg. A dict is merged entry by entry; an object with {@code keys()} is read as
 * a mapping; anything else must iterate pairs.
 */
public final class DictUpdate {
    private DictUpdate() {}

    public static void update(ThreadState ts, PyDict d, PyObject other) {
        if (other instanceof PyDict o) {
            if (o != d) {
                // One entry at a time: never both dicts' locks at once.
                EntryCursor c = new EntryCursor();
                while (o.next(ts, c)) {
                    try {
                        d.put(ts, c.key, c.value);
                    } finally {
                        c.release(ts);
                    }
                }
            }
            return;
        }
        PyObject keys = other.findAttr(ts, "keys");
        if (keys != null) {
            mergeMapping(ts, d, other, keys);
        } else {
            mergeFromPairs(ts, d, other);
        }
    }

    /** The generic path of CPython's dict_merge: {@code for k in other.keys(): d[k] = other[k]}. */
    private static void mergeMapping(ThreadState ts, PyDict d, PyObject other, PyObject keysMethod) {
        PyObject ks;
        try {
            ks = Abstract.call(ts, keysMethod);
        } finally {
            ts.decref(keysMethod);
        }
        PyObject it;
        try {
            it = ks.iter(ts);
        } finally {
            ts.decref(ks);
        }
        try {
            for (PyObject k; (k = it.next(ts)) != null; ) {
                try {
                    PyObject v = other.getItem(ts, k);
                    try {
                        d.put(ts, k, v);
                    } finally {
                        ts.decref(v);
                    }
                } finally {
                    ts.decref(k);
                }
            }
        } finally {
            ts.decref(it);
        }
    }

    /** CPython's PyDict_MergeFromSeq2: every item must be a sequence of length 2. */
    private static void mergeFromPairs(ThreadState ts, PyDict d, PyObject other) {
        PyObject it = other.iter(ts);
        try {
            int index = 0;
            for (PyObject item; (item = it.next(ts)) != null; index++) {
                PyList pair;
                try {
                    pair = Abstract.toList(ts, item);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                        ts.decref(e.value);
                        throw Errors.typeError("cannot convert dictionary update sequence element #"
                                + index + " to a sequence");
                    }
                    throw e;
                } finally {
                    ts.decref(item);
                }
                try {
                    if (pair.size() != 2) {
                        throw Errors.valueError("dictionary update sequence element #" + index
                                + " has length " + pair.size() + "; 2 is required");
                    }
                    d.put(ts, pair.get(0), pair.get(1));
                } finally {
                    ts.decref(pair);
                }
            }
        } finally {
            ts.decref(it);
        }
    }
}

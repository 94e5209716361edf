package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code dict.update(other)} and {@code dict(other)}: a mapping or an iterable of pairs. */
public final class DictUpdate {
    private DictUpdate() {}

    public static void update(ThreadState ts, PyDict d, PyObject other) {
        if (other instanceof PyDict o) {
            for (int p = o.nextEntry(0); p >= 0; p = o.nextEntry(p + 1)) {
                d.put(ts, o.keyAt(p), o.valueAt(p));
            }
            return;
        }
        PyObject keys = other.findAttr(ts, "keys");
        if (keys != null) {
            PyObject ks = Abstract.call(ts, keys);
            ts.decref(keys);
            PyObject it = ks.iter(ts);
            ts.decref(ks);
            try {
                for (PyObject k; (k = it.next(ts)) != null; ) {
                    PyObject v = other.getItem(ts, k);
                    d.put(ts, k, v);
                    ts.decref(k);
                    ts.decref(v);
                }
            } finally {
                ts.decref(it);
            }
            return;
        }
        PyObject it = other.iter(ts);
        try {
            int index = 0;
            for (PyObject item; (item = it.next(ts)) != null; index++) {
                try {
                    PyList pair = Abstract.toList(ts, item);
                    try {
                        if (pair.size() != 2) {
                            throw Errors.valueError("dictionary update sequence element #" + index
                                    + " has length " + pair.size() + "; 2 is required");
                        }
                        d.put(ts, pair.get(0), pair.get(1));
                    } finally {
                        ts.decref(pair);
                    }
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.TYPE_ERROR) && !item.type().isSubtypeOf(BuiltinTypes.LIST)
                            && item.type().lookup("__iter__") == null) {
                        throw Errors.typeError("cannot convert dictionary update sequence element #"
                                + index + " to a sequence");
                    }
                    throw e;
                } finally {
                    ts.decref(item);
                }
            }
        } finally {
            ts.decref(it);
        }
    }
}

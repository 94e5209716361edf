package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Subset, superset and disjointness tests and the set comparisons built on them, as CPython
 * 3.11's {@code setobject.c} does them (which side is iterated decides which {@code __eq__}
 * and {@code __hash__} calls happen, and so which exception a bad element raises).
 */
final class SetRelations {
    private SetRelations() {}

    /** Whether the set contains key, hashing it without the set-to-frozenset retry. */
    private static boolean containsPlain(ThreadState ts, PyAnySet so, PyObject key) {
        return so.lookup(ts, key, PyAnySet.keyHash(ts, key)) >= 0;
    }

    /** Whether every key of so is in other (both sets), iterating so. */
    private static boolean allIn(ThreadState ts, PyAnySet so, PyAnySet other) {
        if (so.used > other.used) {
            return false;
        }
        EntryCursor c = new EntryCursor();
        while (so.next(ts, c)) {
            try {
                if (other.lookup(ts, c.key, c.hash) < 0) {
                    return false;
                }
            } finally {
                c.release(ts);
            }
        }
        return true;
    }

    /** Compare CPython set_issubset: a non-set other is first made into a set. */
    static boolean isSubset(ThreadState ts, PyAnySet so, PyObject other) {
        if (other instanceof PyAnySet o) {
            return allIn(ts, so, o);
        }
        PySet tmp = PySet.of(ts, other);
        try {
            return allIn(ts, so, tmp);
        } finally {
            ts.decref(tmp);
        }
    }

    /** Compare CPython set_issuperset: stops at the first item of other that is missing. */
    static boolean isSuperset(ThreadState ts, PyAnySet so, PyObject other) {
        if (other instanceof PyAnySet o) {
            return allIn(ts, o, so);
        }
        PyObject it = other.iter(ts);
        try {
            for (PyObject k; (k = it.next(ts)) != null; ) {
                try {
                    if (!containsPlain(ts, so, k)) {
                        return false;
                    }
                } finally {
                    ts.decref(k);
                }
            }
            return true;
        } finally {
            ts.decref(it);
        }
    }

    /** Compare CPython set_isdisjoint: iterates the smaller of two exact sets. */
    static boolean isDisjoint(ThreadState ts, PyAnySet so, PyObject other) {
        if (other == so) {
            return so.used == 0;
        }
        if (SetUpdate.isExactAnySet(other)) {
            PyAnySet big = so, small = (PyAnySet) other;
            if (small.used > big.used) {
                big = small;
                small = so;
            }
            EntryCursor c = new EntryCursor();
            while (small.next(ts, c)) {
                try {
                    if (big.lookup(ts, c.key, c.hash) >= 0) {
                        return false;
                    }
                } finally {
                    c.release(ts);
                }
            }
            return true;
        }
        PyObject it = other.iter(ts);
        try {
            for (PyObject k; (k = it.next(ts)) != null; ) {
                try {
                    if (containsPlain(ts, so, k)) {
                        return false;
                    }
                } finally {
                    ts.decref(k);
                }
            }
            return true;
        } finally {
            ts.decref(it);
        }
    }

    /** Compare CPython set_richcompare: subset order; only sets compare with sets. */
    static PyObject richCompare(ThreadState ts, PyAnySet v, PyObject other, CompareOp op) {
        if (!(other instanceof PyAnySet w)) {
            return PyNotImplemented.NotImplemented;
        }
        return switch (op) {
            case EQ -> PyBool.of(equal(ts, v, w));
            case NE -> PyBool.of(!equal(ts, v, w));
            case LE -> PyBool.of(allIn(ts, v, w));
            case GE -> PyBool.of(allIn(ts, w, v));
            case LT -> PyBool.of(v.used < w.used && allIn(ts, v, w));
            case GT -> PyBool.of(v.used > w.used && allIn(ts, w, v));
        };
    }

    private static boolean equal(ThreadState ts, PyAnySet v, PyAnySet w) {
        if (v.used != w.used) {
            return false;
        }
        if (v.hashCache != -1 && w.hashCache != -1 && v.hashCache != w.hashCache) {
            return false;
        }
        return allIn(ts, v, w);
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Union, intersection, difference and symmetric difference of sets, ported step by step from
 * CPython 3.11's {@code setobject.c}: which operand is iterated and which is probed decides
 * the layout (and so the printed order) of the result, so each follows its C counterpart.
 * Results are new references of the left operand's kind (set or frozenset).
 */
final class SetAlgebra {
    private SetAlgebra() {}

    /** Releases a result that is being abandoned because of an exception. */
    private static PyException dropping(ThreadState ts, PyObject result, PyException e) {
        ts.decref(result);
        return e;
    }

    // ---- union ----------------------------------------------------------------------------

    /** Compare CPython set_union: so's items, then each other's. */
    static PyAnySet union(ThreadState ts, PyAnySet so, PyTuple others) {
        PyAnySet result = SetUpdate.copy(ts, so);
        try {
            for (int i = 0; i < others.size(); i++) {
                PyObject other = others.get(i);
                if (other != so) {
                    SetUpdate.update(ts, result, other);
                }
            }
        } catch (PyException e) {
            throw dropping(ts, result, e);
        }
        return result;
    }

    // ---- intersection ---------------------------------------------------------------------

    /** Compare CPython set_intersection: iterates the smaller set, probing the larger. */
    static PyAnySet intersection(ThreadState ts, PyAnySet so, PyObject other) {
        if (other == so) {
            return SetUpdate.copy(ts, so);
        }
        PyAnySet result = so.newEmpty();
        try {
            if (other instanceof PyAnySet o) {
                PyAnySet big = so, small = o;
                if (small.used > big.used) {
                    big = o;
                    small = so;
                }
                EntryCursor c = new EntryCursor();
                while (small.next(ts, c)) {
                    try {
                        if (big.lookup(ts, c.key, c.hash) >= 0) {
                            result.addEntry(ts, c.key, c.hash);
                        }
                    } finally {
                        c.release(ts);
                    }
                }
                return result;
            }
            PyObject it = other.iter(ts);
            try {
                for (PyObject k; (k = it.next(ts)) != null; ) {
                    try {
                        long h = PyAnySet.keyHash(ts, k);
                        if (so.lookup(ts, k, h) >= 0) {
                            result.addEntry(ts, k, h);
                            if (result.used >= so.used) {
                                break;
                            }
                        }
                    } finally {
                        ts.decref(k);
                    }
                }
            } finally {
                ts.decref(it);
            }
        } catch (PyException e) {
            throw dropping(ts, result, e);
        }
        return result;
    }

    /** Compare CPython set_intersection_multi. */
    static PyAnySet intersectionMulti(ThreadState ts, PyAnySet so, PyTuple others) {
        if (others.size() == 0) {
            return SetUpdate.copy(ts, so);
        }
        ts.incref(so);
        PyAnySet result = so;
        for (int i = 0; i < others.size(); i++) {
            PyAnySet next;
            try {
                next = intersection(ts, result, others.get(i));
            } catch (PyException e) {
                throw dropping(ts, result, e);
            }
            ts.decref(result);
            result = next;
        }
        return result;
    }

    /** Compare CPython set_intersection_update(_multi): computes, then swaps tables with so. */
    static void intersectionUpdate(ThreadState ts, PyAnySet so, PyAnySet tmp) {
        so.lock(ts);
        try {
            SetUpdate.swapBodies(so, tmp);
        } finally {
            so.unlock(ts);
        }
        ts.decref(tmp);
    }

    // ---- difference -----------------------------------------------------------------------

    /** Compare CPython set_difference_update_internal: removes other's items from so. */
    static void differenceUpdate(ThreadState ts, PyAnySet so, PyObject other) {
        if (other == so) {
            so.clearTable(ts);
            return;
        }
        if (other instanceof PyAnySet o) {
            boolean owned = false;
            // When other is much larger, iterate the (smaller) common part instead.
            if ((o.used >> 3) > so.used) {
                o = intersection(ts, so, o);
                owned = true;
            }
            try {
                EntryCursor c = new EntryCursor();
                while (o.next(ts, c)) {
                    try {
                        so.discardEntry(ts, c.key, c.hash);
                    } finally {
                        c.release(ts);
                    }
                }
            } finally {
                if (owned) {
                    ts.decref(o);
                }
            }
        } else {
            PyObject it = other.iter(ts);
            try {
                for (PyObject k; (k = it.next(ts)) != null; ) {
                    try {
                        so.discardEntry(ts, k, PyAnySet.keyHash(ts, k));
                    } finally {
                        ts.decref(k);
                    }
                }
            } finally {
                ts.decref(it);
            }
        }
        // More than a quarter dummies: rebuild without them.
        so.lock(ts);
        try {
            if (so.fill - so.used > so.mask / 4) {
                so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
            }
        } finally {
            so.unlock(ts);
        }
    }

    private static PyAnySet copyAndDifference(ThreadState ts, PyAnySet so, PyObject other) {
        PyAnySet result = SetUpdate.copy(ts, so);
        try {
            differenceUpdate(ts, result, other);
        } catch (PyException e) {
            throw dropping(ts, result, e);
        }
        return result;
    }

    /** Compare CPython set_difference: so's items that are not in other. */
    static PyAnySet difference(ThreadState ts, PyAnySet so, PyObject other) {
        int otherSize;
        if (other instanceof PyAnySet o) {
            otherSize = o.used;
        } else if (SetUpdate.isExactDict(other)) {
            otherSize = ((PyDict) other).size();
        } else {
            return copyAndDifference(ts, so, other);
        }
        if ((so.used >> 2) > otherSize) {
            return copyAndDifference(ts, so, other);
        }
        PyAnySet result = so.newEmpty();
        try {
            EntryCursor c = new EntryCursor();
            while (so.next(ts, c)) {
                try {
                    boolean present = other instanceof PyAnySet o ? o.lookup(ts, c.key, c.hash) >= 0
                            : ((PyDict) other).containsKnownHash(ts, c.key, c.hash);
                    if (!present) {
                        result.addEntry(ts, c.key, c.hash);
                    }
                } finally {
                    c.release(ts);
                }
            }
        } catch (PyException e) {
            throw dropping(ts, result, e);
        }
        return result;
    }

    /** Compare CPython set_difference_multi. */
    static PyAnySet differenceMulti(ThreadState ts, PyAnySet so, PyTuple others) {
        if (others.size() == 0) {
            return SetUpdate.copy(ts, so);
        }
        PyAnySet result = difference(ts, so, others.get(0));
        try {
            for (int i = 1; i < others.size(); i++) {
                differenceUpdate(ts, result, others.get(i));
            }
        } catch (PyException e) {
            throw dropping(ts, result, e);
        }
        return result;
    }

    // ---- symmetric difference -------------------------------------------------------------

    /** Toggles one key: removed if present, else added. */
    private static void toggle(ThreadState ts, PyAnySet so, PyObject k, long h) {
        ts.incref(k);
        try {
            if (!so.discardEntry(ts, k, h)) {
                so.addEntry(ts, k, h);
            }
        } finally {
            ts.decref(k);
        }
    }

    /** Compare CPython set_symmetric_difference_update. */
    static void symmetricDifferenceUpdate(ThreadState ts, PyAnySet so, PyObject other) {
        if (other == so) {
            so.clearTable(ts);
            return;
        }
        if (SetUpdate.isExactDict(other)) {
            EntryCursor c = new EntryCursor();
            while (((PyDict) other).next(ts, c)) {
                try {
                    toggle(ts, so, c.key, c.hash);
                } finally {
                    c.release(ts);
                }
            }
            return;
        }
        PyAnySet otherSet;
        if (other instanceof PyAnySet o) {
            ts.incref(o);
            otherSet = o;
        } else {
            otherSet = so.newEmpty();
            try {
                SetUpdate.update(ts, otherSet, other);
            } catch (PyException e) {
                throw dropping(ts, otherSet, e);
            }
        }
        try {
            EntryCursor c = new EntryCursor();
            while (otherSet.next(ts, c)) {
                try {
                    toggle(ts, so, c.key, c.hash);
                } finally {
                    c.release(ts);
                }
            }
        } finally {
            ts.decref(otherSet);
        }
    }

    /** Compare CPython set_symmetric_difference: a copy of other, toggled by so's items. */
    static PyAnySet symmetricDifference(ThreadState ts, PyAnySet so, PyObject other) {
        PyAnySet result = so.newEmpty();
        try {
            SetUpdate.update(ts, result, other);
            symmetricDifferenceUpdate(ts, result, so);
        } catch (PyException e) {
            throw dropping(ts, result, e);
        }
        return result;
    }

    // ---- operators ------------------------------------------------------------------------

    /** {@code so | other}, {@code &}, {@code -}, {@code ^}: both operands must be sets. */
    static PyObject binary(ThreadState ts, PyAnySet so, int nb, PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            return PyNotImplemented.NotImplemented;
        }
        return switch (nb) {
            case BinaryOps.OR -> {
                PyAnySet result = SetUpdate.copy(ts, so);
                if (o != so) {
                    try {
                        SetUpdate.update(ts, result, o);
                    } catch (PyException e) {
                        throw dropping(ts, result, e);
                    }
                }
                yield result;
            }
            case BinaryOps.AND -> intersection(ts, so, o);
            case BinaryOps.SUBTRACT -> difference(ts, so, o);
            case BinaryOps.XOR -> symmetricDifference(ts, so, o);
            default -> PyNotImplemented.NotImplemented;
        };
    }

    /** {@code so |= other} and friends on a mutable set: other must be a set. */
    static PyObject inplace(ThreadState ts, PySet so, int nb, PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            return PyNotImplemented.NotImplemented;
        }
        switch (nb) {
            case BinaryOps.OR -> SetUpdate.update(ts, so, o);
            case BinaryOps.AND -> intersectionUpdate(ts, so, intersection(ts, so, o));
            case BinaryOps.SUBTRACT -> differenceUpdate(ts, so, o);
            case BinaryOps.XOR -> symmetricDifferenceUpdate(ts, so, o);
            default -> {
                return PyNotImplemented.NotImplemented;
            }
        }
        ts.incref(so);
        return so;
    }
}

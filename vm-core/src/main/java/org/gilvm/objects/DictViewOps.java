package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * The set behaviour of keys and items views, CPython's {@code dictviews_*} functions: the
 * operators build a {@code set} from the left operand (which may be any iterable when the
 * view is on the right) and then update it from the other, so results are ordinary sets.
 */
final class DictViewOps {
    private DictViewOps() {}

    private static boolean isSetLike(PyObject o) {
        return o instanceof PyAnySet || o instanceof PyDictView.SetLike;
    }

    /** Compare CPython dictviews_to_set: a keys view of a plain dict takes the dict fast path. */
    private static PySet toSet(ThreadState ts, PyObject o) {
        if (o instanceof PyDictView.Keys k && SetUpdate.isExactDict(k.dict)) {
            return PySet.of(ts, k.dict);
        }
        return PySet.of(ts, o);
    }

    /** {@code left <op> right} where at least one operand is a keys or items view. */
    static PyObject binary(ThreadState ts, PyObject left, int nb, PyObject right) {
        switch (nb) {
            case BinaryOps.AND:
                return intersect(ts, left, right);
            case BinaryOps.XOR:
                if (left instanceof PyDictView.Items a && right instanceof PyDictView.Items b) {
                    return itemsXor(ts, a, b);
                }
                break;
            case BinaryOps.OR, BinaryOps.SUBTRACT:
                break;
            default:
                return PyNotImplemented.NotImplemented;
        }
        PySet result = toSet(ts, left);
        try {
            switch (nb) {
                case BinaryOps.OR -> SetUpdate.update(ts, result, right);
                case BinaryOps.SUBTRACT -> SetAlgebra.differenceUpdate(ts, result, right);
                default -> SetAlgebra.symmetricDifferenceUpdate(ts, result, right);
            }
        } catch (PyException e) {
            ts.decref(result);
            throw e;
        }
        return result;
    }

    /** Compare CPython _PyDictView_Intersect: iterates the smaller side, probing the view. */
    private static PyObject intersect(ThreadState ts, PyObject self, PyObject other) {
        if (!(self instanceof PyDictView.SetLike)) {
            PyObject t = self;
            self = other;
            other = t;
        }
        PyDictView.SetLike view = (PyDictView.SetLike) self;
        int lenSelf = view.dict.size();
        if (other instanceof PySet s && s.type() == BuiltinTypes.SET && lenSelf <= s.size()) {
            return SetAlgebra.intersection(ts, s, view);
        }
        if (other instanceof PyDictView.SetLike o && o.dict.size() > lenSelf) {
            view = o;
            other = self;
        }
        PySet result = new PySet();
        try {
            PyObject it = other.iter(ts);
            try {
                for (PyObject k; (k = it.next(ts)) != null; ) {
                    try {
                        if (view.contains(ts, k)) {
                            result.add(ts, k);
                        }
                    } finally {
                        ts.decref(k);
                    }
                }
            } finally {
                ts.decref(it);
            }
        } catch (PyException e) {
            ts.decref(result);
            throw e;
        }
        return result;
    }

    /**
     * Compare CPython dictitems_xor: pairs of d2 whose key is missing from d1 or maps to an
     * unequal value, then what remains of a copy of d1.
     */
    private static PyObject itemsXor(ThreadState ts, PyDictView.Items self, PyDictView.Items other) {
        PyDict temp = DictMethods.copy(ts, self.dict);
        PySet result = new PySet();
        try {
            EntryCursor c = new EntryCursor();
            while (other.dict.next(ts, c)) {
                PyObject key = c.key, val2 = c.value;
                try {
                    PyObject val1 = temp.getRef(ts, key);
                    boolean drop = false;
                    if (val1 != null) {
                        try {
                            drop = Abstract.eqForContains(ts, val1, val2);
                        } finally {
                            ts.decref(val1);
                        }
                    }
                    if (drop) {
                        temp.delItem(ts, key);
                    } else {
                        ts.incref(key);
                        ts.incref(val2);
                        PyTuple pair = PyTuple.of(key, val2);
                        try {
                            result.add(ts, pair);
                        } finally {
                            ts.decref(pair);
                        }
                    }
                } finally {
                    c.release(ts);
                }
            }
            PyDictView.Items remaining = new PyDictView.Items(ts, temp);
            try {
                SetUpdate.update(ts, result, remaining);
            } finally {
                ts.decref(remaining);
            }
        } catch (PyException e) {
            ts.decref(result);
            throw e;
        } finally {
            ts.decref(temp);
        }
        return result;
    }

    /** Whether every item of a is {@code in} b. */
    private static boolean allContainedIn(ThreadState ts, PyObject a, PyObject b) {
        PyObject it = a.iter(ts);
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                try {
                    if (!b.contains(ts, x)) {
                        return false;
                    }
                } finally {
                    ts.decref(x);
                }
            }
            return true;
        } finally {
            ts.decref(it);
        }
    }

    /** Compare CPython dictview_richcompare: sizes first, then containment. */
    static PyObject richCompare(ThreadState ts, PyDictView.SetLike self, PyObject other, CompareOp op) {
        if (!isSetLike(other)) {
            return PyNotImplemented.NotImplemented;
        }
        long lenSelf = self.dict.size();
        long lenOther = other.len(ts);
        boolean ok = switch (op) {
            case EQ, NE -> lenSelf == lenOther && allContainedIn(ts, self, other);
            case LT -> lenSelf < lenOther && allContainedIn(ts, self, other);
            case LE -> lenSelf <= lenOther && allContainedIn(ts, self, other);
            case GT -> lenSelf > lenOther && allContainedIn(ts, other, self);
            case GE -> lenSelf >= lenOther && allContainedIn(ts, other, self);
        };
        return PyBool.of(op == CompareOp.NE ? !ok : ok);
    }

    /** Compare CPython dictviews_isdisjoint: iterates the smaller side when both are set-like. */
    static boolean isDisjoint(ThreadState ts, PyDictView.SetLike self, PyObject other) {
        if (other == self) {
            return self.dict.size() == 0;
        }
        PyObject probe = self;
        if (isSetLike(other) && other.len(ts) > self.dict.size()) {
            probe = other;
            other = self;
        }
        PyObject it = other.iter(ts);
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                try {
                    if (probe.contains(ts, x)) {
                        return false;
                    }
                } finally {
                    ts.decref(x);
                }
            }
            return true;
        } finally {
            ts.decref(it);
        }
    }
}

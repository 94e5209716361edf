package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** Behaviour shared by list and tuple, and the tuple-specific protocol implementations. */
public final class SeqMethods {
    private SeqMethods() {}

    static String listRepr(ThreadState ts, PyList l) {
        if (l.size == 0) {
            return "[]";
        }
        if (!ts.reprEnter(l)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            // Each item is taken as a reference and its repr (Python code) runs unlocked.
            for (int i = 0; ; i++) {
                PyObject x = l.getItemRef(ts, i);
                if (x == null) {
                    break;
                }
                try {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(x.repr(ts));
                } finally {
                    ts.decref(x);
                }
            }
            return sb.append(']').toString();
        } finally {
            ts.reprLeave(l);
        }
    }

    static String tupleRepr(ThreadState ts, PyTuple t) {
        int n = t.size();
        if (n == 0) {
            return "()";
        }
        if (!ts.reprEnter(t)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(t.get(i).repr(ts));
            }
            return sb.append(n == 1 ? ",)" : ")").toString();
        } finally {
            ts.reprLeave(t);
        }
    }

    /** CPython 3.8+'s tuple hash (an xxHash-derived combiner). */
    static long tupleHash(ThreadState ts, PyTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L, prime2 = 0xC2B2AE3D27D4EB4FL, prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            long lane = Abstract.hash(ts, t.get(i));
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += n ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** Lexicographic comparison, CPython's list_richcompare/tuplerichcompare. */
    static PyObject compare(ThreadState ts, PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.eqForContains(ts, a[i], b[i])) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.False;
        }
        if (op == CompareOp.NE) {
            return PyBool.True;
        }
        return Abstract.richCompare(ts, a[i], b[i], op);
    }

    /** Normalises a possibly negative index; -1 if out of range. */
    static int checkIndex(long idx, int size) {
        if (idx < 0) {
            idx += size;
        }
        return idx < 0 || idx >= size ? -1 : (int) idx;
    }

    static PyObject tupleGetItem(ThreadState ts, PyTuple t, PyObject key) {
        if (key instanceof PyInt i) {
            int idx = checkIndex(i.isSmall() ? i.value : Long.MAX_VALUE, t.size());
            if (idx < 0) {
                throw Errors.indexError("tuple index out of range");
            }
            PyObject o = t.get(idx);
            ts.incref(o);
            return o;
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(ts, t.size());
            int len = (int) r[3];
            PyObject[] items = new PyObject[len];
            for (int k = 0; k < len; k++) {
                PyObject o = t.get((int) (r[0] + k * r[2]));
                ts.incref(o);
                items[k] = o;
            }
            return PyTuple.of(items);
        }
        if (key.type().lookup("__index__") != null) {
            PyInt i = Abstract.index(ts, key);
            try {
                return tupleGetItem(ts, t, i);
            } finally {
                ts.decref(i);
            }
        }
        throw Errors.typeError("tuple indices must be integers or slices, not " + key.type().name());
    }

    static PyObject tupleBinary(ThreadState ts, PyTuple t, int nb, PyObject other) {
        if (nb == BinaryOps.ADD && other instanceof PyTuple o) {
            PyObject[] items = new PyObject[t.size() + o.size()];
            System.arraycopy(t.array(), 0, items, 0, t.size());
            System.arraycopy(o.array(), 0, items, t.size(), o.size());
            for (PyObject x : items) {
                ts.incref(x);
            }
            return PyTuple.of(items);
        }
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.tuple(ts, t, SeqRepeat.count(ts, other));
        }
        return PyNotImplemented.NotImplemented;
    }
}

package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The methods of {@code dict}, CPython's {@code Objects/dictobject.c}. */
public final class DictMethods {
    private DictMethods() {}

    /** d[key] for a missing key: {@code __missing__} on subclasses, else KeyError. */
    static PyObject missing(ThreadState ts, PyDict d, PyObject key) {
        PyObject m = SpecialMethods.userDefined(d.type(), "__missing__");
        if (m != null) {
            return SpecialMethods.callMethod(ts, m, d, key);
        }
        throw Errors.keyError(ts, key);
    }

    static String repr(ThreadState ts, PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!ts.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(d.keyAt(p).repr(ts)).append(": ").append(d.valueAt(p).repr(ts));
            }
            return sb.append('}').toString();
        } finally {
            ts.reprLeave(d);
        }
    }

    static PyObject richCompare(ThreadState ts, PyDict a, PyObject other, CompareOp op) {
        if (!(other instanceof PyDict b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NotImplemented;
        }
        boolean eq = a.size() == b.size();
        if (eq) {
            for (int p = a.nextEntry(0); p >= 0; p = a.nextEntry(p + 1)) {
                PyObject bv = b.get(ts, a.keyAt(p));
                if (bv == null || !Abstract.eqForContains(ts, a.valueAt(p), bv)) {
                    eq = false;
                    break;
                }
            }
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    static PyObject binaryOp(ThreadState ts, PyDict d, int nb, PyObject other, boolean inplace) {
        if (nb != BinaryOps.OR || !(other instanceof PyDict o)) {
            return PyNotImplemented.NotImplemented;
        }
        PyDict target = d;
        if (!inplace) {
            target = copy(ts, d);
        } else {
            ts.incref(d);
        }
        for (int p = o.nextEntry(0); p >= 0; p = o.nextEntry(p + 1)) {
            target.put(ts, o.keyAt(p), o.valueAt(p));
        }
        return target;
    }

    @ExposedMethod
    static PyDict copy(ThreadState ts, PyDict self) {
        PyDict r = new PyDict(self.size());
        for (int p = self.nextEntry(0); p >= 0; p = self.nextEntry(p + 1)) {
            r.put(ts, self.keyAt(p), self.valueAt(p));
        }
        return r;
    }

    @ExposedMethod(sig = "key, default=None, /")
    static PyObject get(ThreadState ts, PyDict self, PyObject key, PyObject dflt) {
        PyObject v = self.get(ts, key);
        if (v == null) {
            v = dflt;
        }
        ts.incref(v);
        return v;
    }
}

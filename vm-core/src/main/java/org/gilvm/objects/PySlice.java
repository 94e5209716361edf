package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code slice(start, stop, step)}; each part may be None. Owns its three references. */
public final class PySlice extends PyObject {
    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return BuiltinTypes.SLICE; }

    /**
     * CPython's PySlice_Unpack + PySlice_AdjustIndices: {start, stop, step, length} for a
     * sequence of the given length.
     */
    public long[] indices(ThreadState ts, long length) {
        long st;
        if (step == PyNone.None) {
            st = 1;
        } else {
            st = Abstract.asClampedLong(ts, step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
            st = Math.max(st, -Long.MAX_VALUE);
        }
        long lo, hi;
        if (start == PyNone.None) {
            lo = st < 0 ? Long.MAX_VALUE : 0;
        } else {
            lo = Abstract.asClampedLong(ts, start);
        }
        if (stop == PyNone.None) {
            hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            hi = Abstract.asClampedLong(ts, stop);
        }
        if (lo < 0) {
            lo += length;
            if (lo < 0) {
                lo = st < 0 ? -1 : 0;
            }
        } else if (lo >= length) {
            lo = st < 0 ? length - 1 : length;
        }
        if (hi < 0) {
            hi = hi == Long.MIN_VALUE ? -1 : hi + length;
            if (hi < 0) {
                hi = st < 0 ? -1 : 0;
            }
        } else if (hi >= length) {
            hi = st < 0 ? length - 1 : length;
        }
        long len;
        if (st < 0) {
            len = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            len = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new long[] {lo, hi, st, len};
    }

    @Override
    public String repr(ThreadState ts) {
        return "slice(" + start.repr(ts) + ", " + stop.repr(ts) + ", " + step.repr(ts) + ")";
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        PyObject v = switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> null;
        };
        if (v == null) {
            return super.findAttr(ts, name);
        }
        ts.incref(v);
        return v;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (other instanceof PySlice s) {
            PyTuple a = PyTuple.of(start, stop, step), b = PyTuple.of(s.start, s.stop, s.step);
            return a.richCompare(ts, b, op);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public long hash(ThreadState ts) {
        throw Errors.unhashable(this);
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(start);
        ts.decref(stop);
        ts.decref(step);
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code range(start, stop, step)} over longs (ranges past 2**63 are not supported). */
public final class PyRange extends PyObject {
    public final long start, stop, step, length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long len;
        if (step > 0) {
            len = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            len = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = len;
    }

    @Override
    public PyType type() { return BuiltinTypes.RANGE; }

    public long itemAt(long i) {
        return start + i * step;
    }

    @Override
    public long len(ThreadState ts) { return length; }

    @Override
    public boolean isTrue(ThreadState ts) { return length != 0; }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PyRangeIterator(start, step, length);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        if (item instanceof PyInt i && item.getClass() != PyBool.class || item instanceof PyBool) {
            PyInt v = (PyInt) item;
            if (!v.isSmall()) {
                return false;
            }
            long x = v.value;
            if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) {
                return false;
            }
            return (x - start) % step == 0;
        }
        return super.contains(ts, item);
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice s) {
            long[] r = s.indices(ts, length);
            return new PyRange(itemAt(r[0]), itemAt(r[0]) + r[3] * r[2] * step, r[2] * step);
        }
        long i = Abstract.asClampedLong(ts, key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("range object index out of range");
        }
        return PyInt.of(itemAt(i));
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        return switch (name) {
            case "start" -> PyInt.of(start);
            case "stop" -> PyInt.of(stop);
            case "step" -> PyInt.of(step);
            default -> super.findAttr(ts, name);
        };
    }

    @Override
    public String repr(ThreadState ts) {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PyRange r) {
            boolean eq = length == r.length && (length == 0
                    || start == r.start && (length == 1 || step == r.step));
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public long hash(ThreadState ts) {
        return PyTuple.of(PyInt.of(length), PyInt.of(start), PyInt.of(step)).hash(ts);
    }
}

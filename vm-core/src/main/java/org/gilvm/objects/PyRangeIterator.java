package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** Iterates a range without allocating beyond the ints it yields. */
public final class PyRangeIterator extends PyObject {
    private long next;
    private final long step;
    private long remaining;

    public PyRangeIterator(long start, long step, long length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public PyType type() { return BuiltinTypes.RANGE_ITERATOR; }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (remaining <= 0) {
            return null;
        }
        remaining--;
        long v = next;
        next += step;
        return PyInt.of(v);
    }
}

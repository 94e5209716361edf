package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.interp.ThreadState;

/** Iterates a range past the long fields, CPython's {@code longrange_iterator}. */
public final class PyLongRangeIterator extends PyObject {
    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public PyType type() { return BuiltinTypes.LONGRANGE_ITERATOR; }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (remaining.signum() <= 0) {
            return null;
        }
        remaining = remaining.subtract(BigInteger.ONE);
        BigInteger v = next;
        next = next.add(step);
        return PyInt.of(v);
    }
}

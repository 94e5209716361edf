package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The methods of {@code range}, CPython's {@code Objects/rangeobject.c}. */
final class RangeMethods {
    private RangeMethods() {}

    /** An exact int or bool: only these are searched arithmetically (PyLong_CheckExact || PyBool_Check). */
    private static boolean isPlainInt(PyObject o) {
        return o instanceof PyInt && (o.type() == BuiltinTypes.INT || o.type() == BuiltinTypes.BOOL);
    }

    @ExposedMethod
    static PyObject index(ThreadState ts, PyRange self, PyObject value) {
        if (!isPlainInt(value)) {
            long i = 0;
            PyObject it = self.iter(ts);
            try {
                for (PyObject x; (x = it.next(ts)) != null; i++) {
                    boolean eq = Abstract.eqForContains(ts, x, value);
                    ts.decref(x);
                    if (eq) {
                        return PyInt.of(i);
                    }
                }
            } finally {
                ts.decref(it);
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        }
        if (!self.contains(ts, value)) {
            throw Errors.valueError(value.repr(ts) + " is not in range");
        }
        if (self.isBig() || !((PyInt) value).isSmall()) {
            return PyInt.of(self.positionOf((PyInt) value));
        }
        // x lies in the range, so its distance from start fits in 64 unsigned bits.
        long x = ((PyInt) value).value;
        long step = self.step;
        return PyInt.of(step > 0 ? Long.divideUnsigned(x - self.start, step)
                : Long.divideUnsigned(self.start - x, -step));
    }

    @ExposedMethod
    static long count(ThreadState ts, PyRange self, PyObject value) {
        if (isPlainInt(value)) {
            return self.contains(ts, value) ? 1 : 0;
        }
        long n = 0;
        PyObject it = self.iter(ts);
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                boolean eq = Abstract.eqForContains(ts, x, value);
                ts.decref(x);
                if (eq) {
                    n++;
                }
            }
        } finally {
            ts.decref(it);
        }
        return n;
    }

    /** {@code reversed(range)}: a range_iterator from the last item down. */
    @ExposedMethod(name = "__reversed__")
    static PyObject reversed(PyRange self) {
        if (self.isBig()) {
            BigInteger n = self.bigLength();
            BigInteger last = self.bigStart().add(n.subtract(BigInteger.ONE).multiply(self.bigStep()));
            return new PyLongRangeIterator(n.signum() == 0 ? self.bigStart() : last, self.bigStep().negate(), n);
        }
        if (self.length == 0) {
            return new PyRangeIterator(self.start, self.step, 0);
        }
        return new PyRangeIterator(self.itemAt(self.length - 1), -self.step, self.length);
    }
}

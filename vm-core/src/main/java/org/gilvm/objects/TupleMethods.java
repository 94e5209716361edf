package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The methods of {@code tuple}, CPython's {@code Objects/tupleobject.c}. */
final class TupleMethods {
    private TupleMethods() {}

    @ExposedMethod(sig = "value, start=?, stop=?, /")
    static long index(ThreadState ts, PyTuple self, PyObject value, PyObject start, PyObject stop) {
        int n = self.size();
        long lo = ListMethods.sliceIndex(ts, start, 0);
        long hi = ListMethods.sliceIndex(ts, stop, Long.MAX_VALUE);
        if (lo < 0) {
            lo = Math.max(0, lo + n);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + n);
        } else if (hi > n) {
            hi = n;
        }
        for (long i = lo; i < hi; i++) {
            if (Abstract.eqHeld(ts, self.get((int) i), value)) {
                return i;
            }
        }
        throw Errors.valueError("tuple.index(x): x not in tuple");
    }

    @ExposedMethod
    static long count(ThreadState ts, PyTuple self, PyObject value) {
        long count = 0;
        for (PyObject o : self.array()) {
            if (Abstract.eqHeld(ts, o, value)) {
                count++;
            }
        }
        return count;
    }
}

package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** The builtin {@code round(number, ndigits=None)}: CPython's builtin_round in {@code Python/bltinmodule.c}. */
public final class Rounding {
    private Rounding() {}

    /**
     * Rounds int and float directly and anything else through {@code type(x).__round__};
     * {@code ndigits} null or None means "no ndigits" (round to an integer).
     */
    public static PyObject round(ThreadState ts, PyObject x, PyObject ndigits) {
        boolean none = ndigits == null || ndigits == PyNone.None;
        if (x instanceof PyFloat f && !x.type().isHeapType()) {
            return FloatMethods.round(ts, f.value, none ? null : ndigits);
        }
        if (x instanceof PyInt i && !x.type().isHeapType()) {
            return IntMethods.round(ts, i, none ? PyNone.None : ndigits);
        }
        PyObject method = x.type().lookup("__round__");
        if (method == null) {
            throw Errors.typeError("type " + x.type().name() + " doesn't define __round__ method");
        }
        return none ? SpecialMethods.callMethod(ts, method, x) : SpecialMethods.callMethod(ts, method, x, ndigits);
    }
}

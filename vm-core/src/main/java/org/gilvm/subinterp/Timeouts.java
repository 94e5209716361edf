package org.gilvm.subinterp;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;

/** Python timeouts in seconds (None: no limit) as nanoseconds for the waits here. */
final class Timeouts {
    private Timeouts() {}

    /** -1 for None or absent; a negative timeout counts as 0, as {@code multiprocessing}'s polls take it. */
    static long nanos(ThreadState ts, PyObject timeout) {
        if (timeout == null || timeout == PyNone.None) {
            return -1;
        }
        double s = Abstract.asDouble(ts, timeout);
        if (!(s > 0)) {
            return 0;
        }
        return s >= Long.MAX_VALUE / 1e9 ? Long.MAX_VALUE : (long) Math.ceil(s * 1e9);
    }
}

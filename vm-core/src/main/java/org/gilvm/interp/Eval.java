package org.gilvm.interp;

import org.gilvm.objects.PyObject;

/** The interpreter loop (being written). */
public final class Eval {
    private Eval() {}

    public static PyObject run(ThreadState ts, Frame frame) {
        throw new UnsupportedOperationException("eval loop");
    }
}

package org.gilvm.objects;

import org.gilvm.bytecode.Op;
import org.gilvm.interp.Frame;
import org.gilvm.interp.ThreadState;

/**
 * throw() and close() on a generator suspended in {@code yield from}: they go to the
 * sub-iterator first, as CPython 3.11's _gen_throw and gen_close_iter do.
 */
final class GeneratorDelegation {
    private GeneratorDelegation() {}

    /** Returned by {@link #throwIntoTarget} when the target has no throw(): raise in the generator itself. */
    static final PyObject NOT_DELEGATED = new PyObject() {
        @Override
        public PyType type() { return BuiltinTypes.OBJECT; }
    }.immortal();

    /**
     * The sub-iterator a suspended generator is delegating to (_PyGen_yf): the frame stopped
     * at the YIELD_VALUE of a yield-from loop, which is followed by RESUME 2, and the
     * sub-iterator is on top of the stack. Null otherwise.
     */
    static PyObject yieldFromTarget(Frame frame, boolean finished) {
        if (finished || frame.lasti < 0 || (frame.code.code[frame.lasti] & 0xff) != Op.YIELD_VALUE) {
            return null;
        }
        int next = frame.code.code[frame.lasti + 1];
        if ((next & 0xff) != Op.RESUME || (next >>> 8) < 2) {
            return null;
        }
        return frame.localsPlus[frame.stackTop - 1];
    }

    /**
     * Throws {@code exc} into the sub-iterator. Returns what it yielded (new reference), null
     * when the generator then returned, or {@link #NOT_DELEGATED} for the caller to raise exc
     * in the generator itself.
     */
    static PyObject throwIntoTarget(ThreadState ts, PyGenerator gen, Frame frame, PyObject yf, PyBaseException exc) {
        if (exc.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
            frame.executing = true;
            try {
                closeTarget(ts, yf);
            } catch (PyException e) {
                frame.executing = false;
                return gen.resumeAfterDelegation(ts, PyNone.None, e);
            } finally {
                frame.executing = false;
            }
            return NOT_DELEGATED;
        }
        PyObject ret;
        frame.executing = true;
        try {
            if (yf instanceof PyGenerator g) {
                ret = g.throwInto(ts, exc);
            } else {
                PyObject meth = yf.findAttr(ts, "throw");
                if (meth == null) {
                    return NOT_DELEGATED;
                }
                try {
                    PyObject tb = exc.traceback == null ? PyNone.None : exc.traceback;
                    ret = meth.call(ts, new PyObject[] {exc.type(), exc, tb}, 0, 3, null);
                } finally {
                    ts.decref(meth);
                }
            }
        } catch (PyException e) {
            frame.executing = false;
            leaveYieldFrom(ts, frame);
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                PyTuple args = e.value.args();
                PyObject val = args.size() > 0 ? args.get(0) : PyNone.None;
                ts.incref(val);
                ts.decref(e.value);
                try {
                    return gen.resumeAfterDelegation(ts, val, null);
                } finally {
                    ts.decref(val);
                }
            }
            return gen.resumeAfterDelegation(ts, PyNone.None, e);
        } finally {
            frame.executing = false;
        }
        return ret;
    }

    /**
     * The sub-iterator is done: pop it and continue after the yield-from loop (the SEND
     * before the YIELD_VALUE says where that is).
     */
    private static void leaveYieldFrom(ThreadState ts, Frame frame) {
        PyObject yf = frame.localsPlus[--frame.stackTop];
        frame.localsPlus[frame.stackTop] = null;
        ts.decref(yf);
        int send = frame.lasti - 1;
        int jump = frame.code.code[send] >>> 8;
        for (int i = send - 1; i >= 0 && (frame.code.code[i] & 0xff) == Op.EXTENDED_ARG; i--) {
            jump |= (frame.code.code[i] >>> 8) << (8 * (send - i));
        }
        frame.lasti = frame.lasti + jump - 1;
    }

    /** gen_close_iter: close the sub-iterator if it can be closed. */
    static void closeTarget(ThreadState ts, PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close(ts);
            return;
        }
        PyObject meth = yf.findAttr(ts, "close");
        if (meth != null) {
            try {
                ts.decref(meth.call(ts, new PyObject[0], 0, 0, null));
            } finally {
                ts.decref(meth);
            }
        }
    }
}

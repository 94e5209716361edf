package org.gilvm.interp;

import static org.gilvm.bytecode.Op.*;

import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyGenerator;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.SpecialMethods;

/** The generator instructions: RETURN_GENERATOR, YIELD_VALUE and SEND (yield from). */
final class EvalGen {
    private EvalGen() {}

    /**
     * RETURN_GENERATOR wraps the (just set up) frame in a generator, which the call returns;
     * YIELD_VALUE pops the value and suspends. Either way the frame keeps its stack.
     */
    static PyObject suspend(ThreadState ts, Frame f, PyObject[] s, int sp, int op) {
        if (op == RETURN_GENERATOR) {
            f.stackTop = sp;
            return new PyGenerator(ts, f);
        }
        PyObject v = s[--sp];
        s[sp] = null;
        f.stackTop = sp;
        f.yielded = true;
        return v;
    }

    /** A frame returned: release its locals (a generator's frame is done for good). */
    static void finish(ThreadState ts, Frame f) {
        f.clear(ts);
    }

    /**
     * SEND: {@code [receiver, v]}. Sends v into the receiver (PyIter_Send): when it yields,
     * {@code [receiver, yielded]} and the new stack pointer is returned; when it returns,
     * {@code [return value]} and minus the new stack pointer (the loop then jumps).
     */
    static int send(ThreadState ts, PyObject[] s, int sp) {
        PyObject v = s[sp - 1], receiver = s[sp - 2];
        PyObject r;
        PyObject returned = null;
        if (receiver instanceof PyGenerator g) {
            r = g.sendEx(ts, v, null);
            if (r == null) {
                returned = g.takeReturnValue();
            }
        } else {
            try {
                r = v == PyNone.None ? receiver.next(ts) : SpecialMethods.call(ts, receiver, "send", v);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                r = null;
                returned = stopIterationValue(ts, e);
            }
            if (r == null && returned == null) {
                returned = PyNone.None;
            }
        }
        if (r != null) {
            s[sp - 1] = r;
            ts.decref(v);
            return sp;
        }
        s[--sp] = null;
        ts.decref(v);
        s[sp - 1] = returned;
        ts.decref(receiver);
        return -sp;
    }

    /** The value a StopIteration carries (its first argument, or None); a new reference. */
    static PyObject stopIterationValue(ThreadState ts, PyException e) {
        PyTuple args = e.value.args();
        PyObject v = args.size() > 0 ? args.get(0) : PyNone.None;
        ts.incref(v);
        ts.decref(e.value);
        return v;
    }
}

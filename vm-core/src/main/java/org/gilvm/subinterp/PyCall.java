package org.gilvm.subinterp;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;

/**
 * {@code _interpreters.Call}: the sender's view of a {@link Call}. Its outcome is rebuilt in
 * the sender's interpreter each time it is asked for, on the asking thread.
 */
public final class PyCall extends PyObject {
    public static final PyType TYPE = PyType.builtinIn("_interpreters", "Call", BuiltinTypes.OBJECT, null);

    private final Call call;

    PyCall(Call call) {
        this.call = call;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject done(PyCall self) {
        return PyBool.of(self.call.isDone());
    }

    @ExposedMethod
    static PyObject running(PyCall self) {
        return PyBool.of(self.call.isRunning());
    }

    @ExposedMethod
    static PyObject cancelled(PyCall self) {
        return PyBool.of(self.call.isCancelled());
    }

    @ExposedMethod
    static PyObject cancel(PyCall self) {
        return PyBool.of(self.call.cancel());
    }

    /** Whether it finished within {@code timeout} seconds (None: waits for ever); the GIL is released meanwhile. */
    @ExposedMethod(sig = "timeout=None")
    static PyObject wait(ThreadState ts, PyCall self, PyObject timeout) {
        return PyBool.of(self.call.await(ts, Timeouts.nanos(ts, timeout)));
    }

    /** The call's return value; raises what it raised. It must be done. */
    @ExposedMethod
    static PyObject result(ThreadState ts, PyCall self) {
        Call c = self.checkDone();
        if (c.error() != null) {
            throw new PyException((PyBaseException) SnapshotReader.read(ts, c.error()));
        }
        return SnapshotReader.read(ts, c.result());
    }

    /** What the call raised, rebuilt here, or None. It must be done. */
    @ExposedMethod
    static PyObject exception(ThreadState ts, PyCall self) {
        Call c = self.checkDone();
        return c.error() == null ? PyNone.None : SnapshotReader.read(ts, c.error());
    }

    /** The child's traceback of the exception, as text, or None. */
    @ExposedMethod
    static PyObject traceback(PyCall self) {
        String tb = self.call.traceback();
        return tb == null ? PyNone.None : new PyStr(tb);
    }

    /** The repr of a result that could not be copied back, or None. */
    @ExposedMethod(name = "unsent_result")
    static PyObject unsentResult(PyCall self) {
        String r = self.call.unsentResult();
        return r == null ? PyNone.None : new PyStr(r);
    }

    /** The id of the interpreter that ran (or runs) the call; 0 before one took it. */
    @ExposedMethod
    static PyObject worker(PyCall self) {
        return PyInt.of(self.call.worker());
    }

    @ExposedMethod
    static PyObject tag(PyCall self) {
        return PyInt.of(self.call.tag());
    }

    private Call checkDone() {
        if (call.isCancelled()) {
            throw Errors.runtimeError("the call was cancelled");
        }
        if (!call.isDone()) {
            throw Errors.runtimeError("the call has not finished");
        }
        return call;
    }

    @Override
    public String repr(ThreadState ts) {
        String state = call.isCancelled() ? "cancelled" : call.isDone() ? "done" : call.isRunning() ? "running"
                : "pending";
        return "<_interpreters.Call " + state + ">";
    }
}

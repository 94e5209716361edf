package org.gilvm.subinterp;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;

/** {@code _interpreters.Interpreter}: the parent's handle on a {@link Subinterpreter}. */
public final class PySubinterpreter extends PyObject {
    public static final PyType TYPE = PyType.builtinIn("_interpreters", "Interpreter", BuiltinTypes.OBJECT, null);

    private final Subinterpreter child;

    PySubinterpreter(Subinterpreter child) {
        this.child = child;
    }

    /**
     * Starts a child of the calling interpreter serving {@code inbox}, which first runs
     * {@code initFunc(*initArgs)} when {@code initFunc} is not None (both copied now).
     */
    public static PySubinterpreter start(ThreadState ts, PyInbox inbox, String name, PyObject initFunc,
                                         PyObject initArgs) {
        Call init = null;
        if (initFunc != PyNone.None) {
            if (initArgs == null) {
                initArgs = org.gilvm.objects.PyTuple.EMPTY;
            }
            if (!(initArgs instanceof org.gilvm.objects.PyTuple)) {
                throw org.gilvm.objects.Errors.typeError("init_args must be a tuple");
            }
            init = new Call(SnapshotWriter.write(ts, initFunc), SnapshotWriter.write(ts, initArgs), null, null, 0);
        }
        return new PySubinterpreter(Subinterpreter.start(ts, inbox.inbox(), name, init));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The Java side, for tests and tools. */
    public Subinterpreter subinterpreter() {
        return child;
    }

    @ExposedMethod
    static PyObject id(PySubinterpreter self) {
        return PyInt.of(self.child.id());
    }

    @ExposedMethod
    static PyObject pid(PySubinterpreter self) {
        return PyInt.of(self.child.pid());
    }

    @ExposedMethod
    static PyObject name(PySubinterpreter self) {
        return new PyStr(self.child.name());
    }

    @ExposedMethod(name = "is_alive")
    static PyObject isAlive(PySubinterpreter self) {
        return PyBool.of(self.child.isAlive());
    }

    /** Whether the child ended within {@code timeout} seconds (None: waits for ever). */
    @ExposedMethod(sig = "timeout=None")
    static PyObject join(ThreadState ts, PySubinterpreter self, PyObject timeout) {
        return PyBool.of(self.child.join(ts, Timeouts.nanos(ts, timeout)));
    }

    @ExposedMethod
    static PyObject terminate(PySubinterpreter self) {
        self.child.terminate();
        return PyNone.None;
    }

    /** Whether a fatal error stopped the child (a CPython process would have aborted: exit code -6). */
    @ExposedMethod
    static PyObject crashed(PySubinterpreter self) {
        return PyBool.of(self.child.crashed());
    }

    @ExposedMethod(name = "was_terminated")
    static PyObject wasTerminated(PySubinterpreter self) {
        return PyBool.of(self.child.wasTerminated());
    }

    @Override
    public String repr(ThreadState ts) {
        return "<_interpreters.Interpreter id=" + child.id() + " " + (child.isAlive() ? "alive" : "ended") + ">";
    }
}

package org.gilvm.builtins;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * {@code gc}, as far as gilvm has a collector to control. Under the reference-counting
 * strategies there is no cycle collector yet: {@code collect()} finds nothing and returns 0
 * (reference cycles stay until exit, and {@code --check-refs} lists them). Under
 * {@code tracing} the JVM's collector is the garbage collector: {@code collect()} asks it to
 * run, after which pending {@code __del__} methods run on the finalizer thread.
 */
@ExposedModule(name = "gc")
public final class GcModule {
    private GcModule() {}

    @ExposedFunction(sig = "generation=2")
    static PyObject collect(ThreadState ts, PyObject generation) {
        if (!ts.refCounts().counts()) {
            try (ThreadState unlocked = ts.blocking()) {
                System.gc();
            }
        }
        return PyInt.of(0);
    }

    @ExposedFunction
    static PyObject enable(ThreadState ts) {
        ts.interp.setGcEnabled(true);
        return PyNone.None;
    }

    @ExposedFunction
    static PyObject disable(ThreadState ts) {
        ts.interp.setGcEnabled(false);
        return PyNone.None;
    }

    @ExposedFunction
    static PyObject isenabled(ThreadState ts) {
        return PyBool.of(ts.interp.gcEnabled());
    }

    @ExposedFunction(name = "get_count")
    static PyObject getCount() {
        return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
    }

    /** CPython 3.11's default thresholds, reported as they are; nothing here acts on them. */
    @ExposedFunction(name = "get_threshold")
    static PyObject getThreshold() {
        return PyTuple.of(PyInt.of(700), PyInt.of(10), PyInt.of(10));
    }
}

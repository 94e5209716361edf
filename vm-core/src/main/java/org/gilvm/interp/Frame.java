package org.gilvm.interp;

import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyObject;

/**
 * An executing (or suspended) code object, CPython 3.11's {@code _PyInterpreterFrame}: the
 * fast locals and the value stack share {@link #localsPlus}, locals first.
 *
 * <p>A frame is touched only by the thread running it. {@link #lasti} and {@link #stackTop}
 * are written back by the eval loop when it leaves (call, exception, yield) so tracebacks
 * and generators see them.
 */
public final class Frame {
    public final PyCode code;
    public final PyFunction func;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies; null for functions. */
    public final PyDict locals;
    public final PyObject[] localsPlus;
    /** Index of the instruction being executed (code units). */
    public int lasti = -1;
    /** Saved stack pointer (absolute index into localsPlus). */
    public int stackTop;
    /** The calling frame, while this one runs. */
    public Frame back;
    /** True while the loop is executing this frame (generators must not be re-entered). */
    public boolean executing;
    /** Set when the loop left this frame by YIELD_VALUE rather than by returning. */
    public boolean yielded;

    public Frame(PyCode code, PyFunction func, PyDict globals, PyDict builtins, PyDict locals) {
        this(code, func, globals, builtins, locals, 0);
    }

    /**
     * With {@code padding} unused slots after the value stack. Threads that run at the same
     * time write their frames' slots on nearly every instruction; when the collector has
     * copied two such arrays next to each other, both threads' writes land on one cache line
     * and each thread runs at half speed. 16 slots (64 bytes) keep any two frames' live slots
     * on different lines. Strategies with a GIL need none.
     */
    Frame(PyCode code, PyFunction func, PyDict globals, PyDict builtins, PyDict locals, int padding) {
        this.code = code;
        this.func = func;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.localsPlus = new PyObject[code.nLocalsPlus + code.stackSize + padding];
        this.stackTop = code.nLocalsPlus;
    }

    /** The line being executed, for tracebacks. */
    public int lineno() {
        return code.lineAt(Math.max(lasti, 0));
    }

    /** Releases the locals and whatever is left on the stack. */
    public void clear(ThreadState ts) {
        PyObject[] lp = localsPlus;
        for (int i = 0; i < stackTop; i++) {
            PyObject o = lp[i];
            if (o != null) {
                lp[i] = null;
                ts.decref(o);
            }
        }
        stackTop = code.nLocalsPlus;
    }
}

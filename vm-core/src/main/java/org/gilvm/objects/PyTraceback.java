package org.gilvm.objects;

import org.gilvm.interp.Frame;
import org.gilvm.interp.ThreadState;

/**
 * One entry of a traceback, CPython's {@code PyTracebackObject}: the code, line and
 * instruction where the exception passed through a frame. {@code next} points towards the
 * frame where it was raised.
 */
public final class PyTraceback extends PyObject {
    public final PyTraceback next;
    /**
     * The frame the exception passed through: CPython's tb_frame. Its globals and builtins
     * (and its code's local names) feed NameError's "Did you mean" suggestions.
     */
    public final Frame frame;
    public final PyCode code;
    public final int lasti;
    public final int lineno;

    public PyTraceback(PyTraceback next, Frame frame, int lasti, int lineno) {
        this.next = next;
        this.frame = frame;
        this.code = frame.code;
        this.lasti = lasti;
        this.lineno = lineno;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.TRACEBACK;
    }

    /** A traceback owns the rest of the chain: it took over the exception's reference to it. */
    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(next);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(next);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        return switch (name) {
            case "tb_lineno" -> PyInt.of(lineno);
            case "tb_lasti" -> PyInt.of(lasti * 2L);
            case "tb_next" -> {
                PyObject n = next == null ? PyNone.None : next;
                ts.incref(n);
                yield n;
            }
            default -> super.findAttr(ts, name);
        };
    }
}

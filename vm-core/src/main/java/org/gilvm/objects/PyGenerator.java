package org.gilvm.objects;

import org.gilvm.bytecode.Op;
import org.gilvm.interp.Eval;
import org.gilvm.interp.Frame;
import org.gilvm.interp.ThreadState;

/**
 * A generator: a suspended frame resumed by next(), send(), throw() and close()
 * (CPython's genobject.c). The frame is created by the call and suspended at
 * RETURN_GENERATOR; each resume pushes the sent value and runs to the next YIELD_VALUE or to
 * the end.
 *
 * <p>{@link #sendEx} is the one entry point. It returns the yielded value, or null when the
 * frame returned (the value is then in {@link #takeReturnValue}); exceptions propagate, and a
 * StopIteration escaping the frame becomes RuntimeError, as PEP 479 requires.
 */
public final class PyGenerator extends PyObject {
    private final Frame frame;
    private final String name;
    private final String qualname;
    private boolean finished;
    private PyObject returnValue;
    /** This generator's "exception being handled", linked in front of the thread's while it runs. */
    private final ThreadState.ExcState excState = new ThreadState.ExcState();

    public PyGenerator(ThreadState ts, Frame frame) {
        this.frame = frame;
        this.name = frame.code.name;
        this.qualname = frame.func != null ? frame.func.qualname : frame.code.qualname;
        if (frame.func != null) {
            ts.incref(frame.func);
        }
    }

    @Override
    public PyType type() { return BuiltinTypes.GENERATOR; }

    public boolean isFinished() { return finished; }

    public boolean isRunning() { return frame.executing; }

    public String name() { return name; }

    public String qualname() { return qualname; }

    /** The frame while the generator is alive (gi_frame), else null. */
    public Frame frame() { return finished ? null : frame; }

    /** True before the first resume (gi_frame_state == FRAME_CREATED). */
    boolean justStarted() {
        return (frame.code.code[frame.lasti] & 0xff) == Op.RETURN_GENERATOR;
    }

    /** The return value after {@link #sendEx} returned null; a new reference, handed over. */
    public PyObject takeReturnValue() {
        PyObject v = returnValue;
        returnValue = null;
        return v == null ? PyNone.None : v;
    }

    /**
     * Resumes the frame, sending {@code value} (borrowed) or raising {@code throwing} at the
     * suspension point. Returns the yielded value (new reference) or null when the frame
     * returned.
     */
    public PyObject sendEx(ThreadState ts, PyObject value, PyException throwing) {
        if (frame.executing) {
            throw Errors.valueError("generator already executing");
        }
        if (finished) {
            if (throwing != null) {
                throw throwing;
            }
            ts.decref(returnValue);
            returnValue = null;
            return null;
        }
        if (throwing == null) {
            if (value != PyNone.None && justStarted()) {
                throw Errors.typeError("can't send non-None value to a just-started generator");
            }
            ts.incref(value);
            frame.localsPlus[frame.stackTop++] = value;
        }
        excState.previous = ts.excInfo;
        ts.excInfo = excState;
        PyObject r;
        try {
            r = Eval.resume(ts, frame, throwing);
        } catch (PyException e) {
            finish(ts);
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                PyException re = Errors.runtimeError("generator raised StopIteration");
                re.value.cause = e.value;
                re.value.suppressContext = true;
                ts.incref(e.value);
                re.value.context = e.value;
                throw re;
            }
            throw e;
        } finally {
            ts.excInfo = excState.previous;
            excState.previous = null;
        }
        if (frame.yielded) {
            return r;
        }
        finish(ts);
        returnValue = r;
        return null;
    }

    private void finish(ThreadState ts) {
        finished = true;
        PyObject handled = excState.value;
        excState.value = null;
        ts.decref(handled);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        // When the frame returns, the value stays for next() to put in its StopIteration; a
        // for loop just ignores it.
        return sendEx(ts, PyNone.None, null);
    }

    /** {@code gen.send(value)}: the next yielded value, or StopIteration carrying the return value. */
    public PyObject send(ThreadState ts, PyObject value) {
        PyObject r = sendEx(ts, value, null);
        if (r == null) {
            throw stopIteration(ts);
        }
        return r;
    }

    /** The StopIteration that ends this generator: it carries the return value unless that is None. */
    public PyException stopIteration(ThreadState ts) {
        PyObject v = takeReturnValue();
        if (v == PyNone.None) {
            return Errors.stopIteration();
        }
        return new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.of(v)));
    }

    /** {@code gen.throw(exc)}: raises exc at the suspension point (delegating to a yield-from target). */
    public PyObject throwInto(ThreadState ts, PyBaseException exc) {
        PyObject yf = GeneratorDelegation.yieldFromTarget(frame, finished);
        if (yf != null) {
            PyObject r = GeneratorDelegation.throwIntoTarget(ts, this, frame, yf, exc);
            if (r != GeneratorDelegation.NOT_DELEGATED) {
                if (r == null) {
                    throw stopIteration(ts);
                }
                return r;
            }
        }
        ts.incref(exc);
        PyException e = new PyException(exc);
        PyObject r = sendEx(ts, PyNone.None, e);
        if (r == null) {
            throw stopIteration(ts);
        }
        return r;
    }

    /** Internal: resume after a yield-from target finished during throw (see GeneratorDelegation). */
    PyObject resumeAfterDelegation(ThreadState ts, PyObject sent, PyException throwing) {
        return sendEx(ts, sent, throwing);
    }

    /** {@code gen.close()}: raises GeneratorExit inside; a generator that yields again is an error. */
    public void close(ThreadState ts) {
        if (finished) {
            return;
        }
        if (justStarted()) {
            finish(ts);
            frame.clear(ts);
            return;
        }
        PyObject yf = GeneratorDelegation.yieldFromTarget(frame, false);
        PyException pending = null;
        if (yf != null) {
            frame.executing = true;
            try {
                GeneratorDelegation.closeTarget(ts, yf);
            } catch (PyException e) {
                pending = e;
            } finally {
                frame.executing = false;
            }
        }
        if (pending == null) {
            pending = Errors.of(ExceptionTypes.GENERATOR_EXIT);
        }
        PyObject r;
        try {
            r = sendEx(ts, PyNone.None, pending);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GENERATOR_EXIT) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                ts.decref(e.value);
                return;
            }
            throw e;
        }
        if (r != null) {
            ts.decref(r);
            throw Errors.runtimeError("generator ignored GeneratorExit");
        }
        ts.decref(takeReturnValue());
    }

    @Override
    public void dealloc(ThreadState ts) {
        if (!finished && !justStarted()) {
            refcnt = 1;
            try {
                close(ts);
            } catch (PyException e) {
                ts.interp.reportUnraisable(ts, e, "Exception ignored in: " + repr(ts));
            }
            if (--refcnt > 0) {
                return;
            }
        }
        if (!finished) {
            finished = true;
        }
        frame.clear(ts);
        ts.decref(returnValue);
        ts.decref(frame.func);
    }

    /** The suspended frame's locals and stack, its function, and what the generator keeps. */
    @Override
    public void traverse(RefVisitor v) {
        PyObject[] lp = frame.localsPlus;
        for (int i = 0, n = frame.stackTop; i < n; i++) {
            v.visitNullable(lp[i]);
        }
        v.visitNullable(frame.func);
        v.visitNullable(returnValue);
        v.visitNullable(excState.value);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        PyObject v = switch (attr) {
            case "__name__" -> new PyStr(name);
            case "__qualname__" -> new PyStr(qualname);
            case "gi_running" -> PyBool.of(frame.executing);
            case "gi_code" -> frame.code;
            case "gi_suspended" -> PyBool.of(!finished && !frame.executing && frame.lasti >= 0 && !justStarted());
            case "gi_yieldfrom" -> {
                PyObject yf = GeneratorDelegation.yieldFromTarget(frame, finished);
                yield yf == null ? PyNone.None : yf;
            }
            default -> null;
        };
        if (v == null) {
            return super.findAttr(ts, attr);
        }
        if (v == frame.code || attr.equals("gi_yieldfrom")) {
            ts.incref(v);
        }
        return v;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<generator object " + qualname + " at 0x" + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }
}

package org.gilvm.interp;

import static org.gilvm.bytecode.Op.*;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTraceback;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.gilvm.objects.SpecialMethods;

/**
 * Raising, unwinding and handling exceptions: CPython 3.11's zero-cost scheme, where the
 * code object's exception table (not a block stack) says where each instruction's handler is.
 */
final class EvalExceptions {
    private EvalExceptions() {}

    /**
     * Finds the handler for the instruction at {@code here}: pops the stack to the handler's
     * depth, pushes the offending instruction (when the entry asks for it) and the exception,
     * and returns the handler's index. With no handler the frame is cleared and {@code e}
     * propagates to the caller.
     *
     * @param lasti the instruction the frame reports as current (RERAISE restores the original one)
     * @param reraise true for RERAISE and a bare {@code raise}: the exception already carries
     *     this frame in its traceback and its context is already set
     */
    static int unwind(ThreadState ts, Frame f, PyException e, int here, int lasti, int sp, boolean reraise) {
        PyCode co = f.code;
        PyBaseException v = e.value;
        if (!reraise) {
            v.traceback = new PyTraceback(v.traceback, f, here, co.lineAt(here));
            if (!e.contextSet) {
                e.contextSet = true;
                setContext(ts, v);
            }
        }
        PyCode.ExceptionEntry entry = find(co.exceptionTable, here);
        PyObject[] s = f.localsPlus;
        if (entry == null) {
            f.stackTop = sp;
            f.clear(ts);
            throw e;
        }
        int level = co.nLocalsPlus + entry.depth();
        while (sp > level) {
            sp = EvalOps.pop(ts, s, sp);
        }
        if (entry.lasti()) {
            s[sp++] = PyInt.of(lasti);
        }
        s[sp++] = v;
        f.stackTop = sp;
        return entry.target();
    }

    private static PyCode.ExceptionEntry find(PyCode.ExceptionEntry[] table, int index) {
        for (PyCode.ExceptionEntry en : table) {
            if (index >= en.start() && index < en.end()) {
                return en;
            }
        }
        return null;
    }

    /**
     * Implicit chaining, CPython's _PyErr_SetObject: an exception raised while another is
     * being handled gets it as {@code __context__}, breaking any cycle that would create.
     */
    static void setContext(ThreadState ts, PyBaseException v) {
        PyBaseException handled = ts.topmostException();
        if (handled == null || handled == v) {
            return;
        }
        PyBaseException o = handled, slow = handled;
        boolean toggle = false;
        for (PyBaseException c; (c = o.context) != null; ) {
            if (c == v) {
                o.context = null;
                ts.decref(c);
                break;
            }
            o = c;
            if (o == slow) {
                break;
            }
            if (toggle) {
                slow = slow.context;
            }
            toggle = !toggle;
        }
        ts.incref(handled);
        PyBaseException old = v.context;
        v.context = handled;
        ts.decref(old);
    }

    /**
     * RAISE_VARARGS argc: {@code raise}, {@code raise exc} or {@code raise exc from cause}.
     * Pops its operands (only once the exception is built) and returns the throwable.
     */
    static PyException raise(ThreadState ts, PyObject[] s, int sp, int argc) {
        if (argc == 0) {
            PyBaseException handled = ts.topmostException();
            if (handled == null) {
                throw Errors.runtimeError("No active exception to reraise");
            }
            ts.incref(handled);
            PyException e = new PyException(handled);
            e.contextSet = true;
            return e;
        }
        PyBaseException value = instantiate(ts, s[sp - argc], "exceptions must derive from BaseException");
        if (argc == 2) {
            PyObject c = s[sp - 1];
            PyBaseException cause;
            try {
                cause = c == PyNone.None ? null
                        : instantiate(ts, c, "exception causes must derive from BaseException");
            } catch (PyException err) {
                ts.decref(value);
                throw err;
            }
            PyBaseException old = value.cause;
            value.cause = cause;
            value.suppressContext = true;
            ts.decref(old);
        }
        for (int i = 0; i < argc; i++) {
            sp = EvalOps.pop(ts, s, sp);
        }
        return new PyException(value);
    }

    /** An exception instance (new reference) from a class or an instance. */
    static PyBaseException instantiate(ThreadState ts, PyObject exc, String notException) {
        if (exc instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject r = t.call(ts, new PyObject[0], 0, 0, null);
            if (r instanceof PyBaseException b) {
                return b;
            }
            ts.decref(r);
            throw Errors.typeError("calling " + t.repr(ts) + " should have returned an instance of BaseException, not "
                    + r.type().name());
        }
        if (exc instanceof PyBaseException b) {
            ts.incref(b);
            return b;
        }
        throw Errors.typeError(notException);
    }

    /** RERAISE: the exception on top of the stack propagates again (its reference moves). */
    static PyException reraise(PyObject[] s, int top) {
        PyBaseException v = (PyBaseException) s[top];
        s[top] = null;
        PyException e = new PyException(v);
        e.contextSet = true;
        return e;
    }

    static int execute(ThreadState ts, PyObject[] s, int sp, int op) {
        ThreadState.ExcState exc = ts.excInfo;
        switch (op) {
            case PUSH_EXC_INFO -> {
                // [exc] -> [previous handled exception or None, exc]
                PyObject v = s[sp - 1];
                PyObject prev = exc.value;
                s[sp - 1] = prev == null ? PyNone.None : prev;
                ts.incref(v);
                exc.value = v;
                s[sp] = v;
                return sp + 1;
            }
            case POP_EXCEPT -> {
                // [previous] -> []: restores the exception that was being handled before
                PyObject old = exc.value;
                PyObject prev = s[--sp];
                s[sp] = null;
                exc.value = prev == PyNone.None ? null : prev;
                if (prev == PyNone.None) {
                    ts.decref(prev);
                }
                ts.decref(old);
                return sp;
            }
            case CHECK_EXC_MATCH -> {
                // [exc, type] -> [exc, matches]
                PyObject type = s[sp - 1];
                boolean m = matches(ts, s[sp - 2], type);
                s[sp - 1] = PyBool.of(m);
                ts.decref(type);
                return sp;
            }
            case BEFORE_WITH -> {
                return beforeWith(ts, s, sp);
            }
            default -> {
                return withExceptStart(ts, s, sp);
            }
        }
    }

    /** The except-clause test: exc is an instance of type (or of one in a tuple of types). */
    private static boolean matches(ThreadState ts, PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                checkCatchable(t.get(i));
            }
            for (int i = 0; i < t.size(); i++) {
                if (exc.type().isSubtypeOf((PyType) t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return exc.type().isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(PyObject type) {
        if (!(type instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** BEFORE_WITH: {@code [mgr] -> [bound __exit__, mgr.__enter__()]}. */
    private static int beforeWith(ThreadState ts, PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        PyObject exit = t.lookup("__exit__");
        if (enter == null || exit == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support the context manager protocol");
        }
        PyObject boundExit = exit.hasDescrGet() ? exit.descrGet(ts, mgr, t) : incref(ts, exit);
        PyObject r;
        try {
            r = SpecialMethods.callMethod(ts, enter, mgr);
        } catch (PyException e) {
            ts.decref(boundExit);
            throw e;
        }
        s[sp - 1] = boundExit;
        ts.decref(mgr);
        s[sp] = r;
        return sp + 1;
    }

    private static PyObject incref(ThreadState ts, PyObject o) {
        ts.incref(o);
        return o;
    }

    /** WITH_EXCEPT_START: {@code [exit, lasti, prev, exc] -> [..., exit(type, exc, tb)]}. */
    private static int withExceptStart(ThreadState ts, PyObject[] s, int sp) {
        PyObject val = s[sp - 1];
        PyObject exit = s[sp - 4];
        PyObject tb = val instanceof PyBaseException b && b.traceback != null ? b.traceback : PyNone.None;
        PyObject r = Abstract.call(ts, exit, val.type(), val, tb);
        s[sp] = r;
        return sp + 1;
    }
}

package org.gilvm.builtins;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.subinterp.PyCall;
import org.gilvm.subinterp.PyChannel;
import org.gilvm.subinterp.PyInbox;
import org.gilvm.subinterp.PySharedCell;
import org.gilvm.subinterp.PySharedLock;
import org.gilvm.subinterp.PySubinterpreter;
import org.gilvm.subinterp.Subinterpreters;

/**
 * {@code _interpreters}: isolated interpreters in this JVM, in the spirit of CPython 3.13's
 * module of that name, reduced to what gilvm's {@code multiprocessing} and
 * {@code concurrent.futures.ProcessPoolExecutor} need (see {@link org.gilvm.subinterp}):
 * start a child interpreter serving an inbox of calls, submit a call (copied at once), wait
 * for its outcome (copied back), stop the child; channels, locks and cells shared between
 * interpreters. It also owns the {@code _pickle} exception classes copying raises.
 */
@ExposedModule(name = "_interpreters")
public final class InterpretersModule {
    private InterpretersModule() {}

    static void init(ThreadState ts, PyDict dict) {
        dict.setStr(ts, "Interpreter", PySubinterpreter.TYPE);
        dict.setStr(ts, "Inbox", PyInbox.TYPE);
        dict.setStr(ts, "Call", PyCall.TYPE);
        dict.setStr(ts, "Channel", PyChannel.TYPE);
        dict.setStr(ts, "Lock", PySharedLock.TYPE);
        dict.setStr(ts, "Cell", PySharedCell.TYPE);
        // CPython's _pickle.PickleError and its two subclasses: this interpreter's own classes.
        PyObject pickleError = exceptionClass(ts, "PickleError", ExceptionTypes.EXCEPTION);
        dict.setStr(ts, "PickleError", pickleError);
        dict.setStrSteal(ts, "PicklingError", exceptionClass(ts, "PicklingError", pickleError));
        dict.setStrSteal(ts, "UnpicklingError", exceptionClass(ts, "UnpicklingError", pickleError));
        ts.decref(pickleError);
    }

    /** {@code type(name, (base,), {'__module__': '_pickle'})}. */
    private static PyObject exceptionClass(ThreadState ts, String name, PyObject base) {
        PyDict ns = new PyDict();
        ns.setStr(ts, "__module__", PyStr.intern("_pickle"));
        ts.incref(base);
        PyTuple bases = PyTuple.of(base);
        PyStr n = new PyStr(name);
        try {
            return Abstract.call(ts, BuiltinTypes.TYPE, n, bases, ns);
        } finally {
            ts.decref(n);
            ts.decref(bases);
            ts.decref(ns);
        }
    }

    /**
     * Starts a child interpreter that serves {@code inbox}; {@code name} names its thread;
     * {@code init_func(*init_args)} runs in it first (a pool worker's set-up).
     */
    @ExposedFunction(sig = "inbox, name, init_func=None, init_args=?")
    static PyObject create(ThreadState ts, PyObject inbox, String name, PyObject initFunc, PyObject initArgs) {
        if (!(inbox instanceof PyInbox i)) {
            throw Errors.typeError("create() argument 1 must be _interpreters.Inbox, not " + inbox.type().name());
        }
        return PySubinterpreter.start(ts, i, name, initFunc, initArgs);
    }

    @ExposedFunction(name = "new_inbox")
    static PyObject newInbox() {
        return new PyInbox();
    }

    @ExposedFunction(name = "new_channel", sig = "maxsize=0")
    static PyObject newChannel(ThreadState ts, PyObject maxsize) {
        long n = Abstract.asLong(ts, maxsize);
        return PyChannel.create(n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(n, 0));
    }

    @ExposedFunction(name = "new_lock", sig = "recursive=False")
    static PyObject newLock(ThreadState ts, PyObject recursive) {
        return PySharedLock.create(Abstract.isTrue(ts, recursive));
    }

    @ExposedFunction(name = "new_cell", sig = "value, /")
    static PyObject newCell(ThreadState ts, PyObject value) {
        return PySharedCell.create(ts, value);
    }

    /** The calling interpreter's id: 0 for the top-level one. */
    @ExposedFunction(name = "get_current")
    static PyObject getCurrent(ThreadState ts) {
        return PyInt.of(place(ts).id());
    }

    @ExposedFunction
    static PyObject getpid(ThreadState ts) {
        return PyInt.of(place(ts).pid());
    }

    @ExposedFunction
    static PyObject getppid(ThreadState ts) {
        return PyInt.of(place(ts).parentPid());
    }

    /** Whether this is a child still running its parent's main script, when it may not start processes. */
    @ExposedFunction(name = "is_bootstrapping")
    static PyObject isBootstrapping(ThreadState ts) {
        return PyBool.of(place(ts).bootstrapping());
    }

    /** {@code traceback.print_exc()}: the exception being handled, with its chain, on stderr. */
    @ExposedFunction(name = "print_exc")
    static PyObject printExc(ThreadState ts) {
        PyBaseException e = ts.topmostException();
        if (e != null) {
            ts.interp.printException(ts, e);
        }
        return PyNone.None;
    }

    private static Subinterpreters place(ThreadState ts) {
        return ts.interp.subinterpreters();
    }
}

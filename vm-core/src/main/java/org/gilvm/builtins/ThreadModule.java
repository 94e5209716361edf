package org.gilvm.builtins;

import org.gilvm.interp.PythonThreads;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyLock;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyRLock;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * {@code _thread}, CPython's Modules/_threadmodule.c: starting threads, the lock types, thread
 * identities. {@code threading} (a Python module bundled with gilvm) builds everything else on
 * these, as CPython's Lib/threading.py does.
 */
@ExposedModule(name = "_thread")
public final class ThreadModule {
    private ThreadModule() {}

    static void init(ThreadState ts, PyDict dict) {
        dict.setStr(ts, "LockType", PyLock.TYPE);
        dict.setStr(ts, "lock", PyLock.TYPE);
        dict.setStr(ts, "RLock", PyRLock.TYPE);
        dict.setStr(ts, "error", ExceptionTypes.RUNTIME_ERROR);
        dict.setStrSteal(ts, "TIMEOUT_MAX", new PyFloat(PyLock.TIMEOUT_MAX));
    }

    @ExposedFunction(name = "start_new_thread", sig = "function, args, kwargs=?, /")
    static PyObject startNewThread(ThreadState ts, PyObject function, PyObject args, PyObject kwargs) {
        if (!function.isCallable()) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple t)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw Errors.typeError("optional 3rd arg must be a dictionary");
        }
        // The new thread reads its keyword arguments later, without the dict's lock: it gets
        // its own copy, as CPython's thread_PyThread_start_new_thread keeps its own reference
        // to a dict the caller may go on changing.
        PyDict own = kwargs instanceof PyDict d ? d.copy(ts) : null;
        try {
            return PyInt.of(ts.interp.pythonThreads().start(ts, function, t, own));
        } finally {
            ts.decref(own);
        }
    }

    @ExposedFunction(name = "start_new", sig = "function, args, kwargs=?, /")
    static PyObject startNew(ThreadState ts, PyObject function, PyObject args, PyObject kwargs) {
        return startNewThread(ts, function, args, kwargs);
    }

    @ExposedFunction(name = "allocate_lock")
    static PyObject allocateLock() {
        return new PyLock();
    }

    @ExposedFunction
    static PyObject allocate() {
        return new PyLock();
    }

    @ExposedFunction(name = "get_ident")
    static PyObject getIdent(ThreadState ts) {
        return PyInt.of(ts.ident());
    }

    @ExposedFunction(name = "get_native_id")
    static PyObject getNativeId(ThreadState ts) {
        return PyInt.of(ts.nativeId());
    }

    @ExposedFunction(name = "_count")
    static PyObject count(ThreadState ts) {
        return PyInt.of(ts.interp.pythonThreads().count());
    }

    @ExposedFunction(name = "stack_size", sig = "size=?, /")
    static PyObject stackSize(ThreadState ts, PyObject size) {
        PythonThreads threads = ts.interp.pythonThreads();
        long old = threads.stackSize();
        if (size != null) {
            long n = Abstract.asLong(ts, size);
            if (n != 0 && n < 32768) {
                throw Errors.valueError("size not valid: " + n + " bytes");
            }
            threads.setStackSize(n);
        }
        return PyInt.of(old);
    }

    @ExposedFunction(name = "_set_sentinel")
    static PyObject setSentinel(ThreadState ts) {
        return PythonThreads.sentinel(ts);
    }

    /** Names the calling thread for error messages and Java tools (threading calls it). */
    @ExposedFunction(name = "_set_name", sig = "name, /")
    static PyObject setName(ThreadState ts, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("name must be a str");
        }
        ts.setName(s.value());
        return PyNone.None;
    }

    @ExposedFunction(name = "daemon_threads_allowed")
    static PyObject daemonThreadsAllowed() {
        return PyBool.True;
    }

    /**
     * The default {@code threading.excepthook}, CPython's {@code thread_excepthook}: prints
     * "Exception in thread NAME:" and the traceback to {@code sys.stderr}; SystemExit is
     * silently ignored.
     */
    @ExposedFunction(name = "_excepthook", sig = "args, /")
    static PyObject excepthook(ThreadState ts, PyObject args) {
        PyObject type = Abstract.getAttr(ts, args, "exc_type");
        PyObject value = Abstract.getAttr(ts, args, "exc_value");
        PyObject thread = Abstract.getAttr(ts, args, "thread");
        try {
            if (type == ExceptionTypes.SYSTEM_EXIT) {
                return PyNone.None;
            }
            String name;
            if (thread != PyNone.None) {
                PyObject n = Abstract.getAttr(ts, thread, "name");
                name = n.str(ts);
                ts.decref(n);
            } else {
                name = Long.toString(ts.ident());
            }
            ts.interp.printThreadException(ts, "Exception in thread " + name + ":",
                    value instanceof PyBaseException b ? b : null);
            return PyNone.None;
        } finally {
            ts.decref(type);
            ts.decref(value);
            ts.decref(thread);
        }
    }
}

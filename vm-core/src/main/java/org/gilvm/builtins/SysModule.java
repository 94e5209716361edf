package org.gilvm.builtins;

import java.io.Console;
import java.nio.ByteOrder;
import org.gilvm.interp.Streams;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTextIO;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.SpecialMethods;

/**
 * The {@code sys} module: the interpreter's streams, argv, limits and version. State lives
 * in the interpreter ({@code sys.modules}, the recursion limit) or in this module's dict
 * (the stream objects), never in statics.
 */
@ExposedModule(name = "sys")
public final class SysModule {
    private SysModule() {}

    static final String VERSION = "3.11.7 (gilvm)";

    static void init(ThreadState ts, PyDict dict) {
        Streams s = ts.interp.streams();
        PyTextIO in = PyTextIO.forInput("<stdin>", s.in);
        PyTextIO out = PyTextIO.forOutput("<stdout>", s.out, s.out == System.out && isTerminal());
        PyTextIO err = PyTextIO.forOutput("<stderr>", s.err, true);
        dict.setStr(ts, "stdin", in);
        dict.setStr(ts, "stdout", out);
        dict.setStr(ts, "stderr", err);
        dict.setStrSteal(ts, "__stdin__", in);
        dict.setStrSteal(ts, "__stdout__", out);
        dict.setStrSteal(ts, "__stderr__", err);
        PyList argv = new PyList();
        for (String a : ts.interp.argv()) {
            argv.appendOwned(new PyStr(a));
        }
        dict.setStrSteal(ts, "argv", argv);
        dict.setStrSteal(ts, "path", new PyList());
        dict.setStr(ts, "modules", ts.interp.modules());
        dict.setStrSteal(ts, "version", new PyStr(VERSION));
        dict.setStrSteal(ts, "version_info", new VersionInfo());
        dict.setStrSteal(ts, "hexversion", PyInt.of(0x030b07f0));
        dict.setStrSteal(ts, "platform", new PyStr("linux"));
        dict.setStrSteal(ts, "maxsize", PyInt.of(Long.MAX_VALUE));
        dict.setStrSteal(ts, "maxunicode", PyInt.of(0x10ffff));
        dict.setStrSteal(ts, "byteorder", new PyStr(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
    }

    private static boolean isTerminal() {
        Console c = System.console();
        return c != null && c.isTerminal();
    }

    /**
     * Flushes {@code sys.stdout} and {@code sys.stderr}, then the original streams if a
     * program replaced them: what CPython's flush_std_files and the finalisation of the
     * standard streams do at exit. The interpreter calls this once before the process ends.
     * A failing flush is reported as unraisable, as in CPython.
     *
     * @return false if a flush failed (CPython then exits with status 120)
     */
    public static boolean flushStdStreams(ThreadState ts) {
        PyObject sys = ts.interp.modules().getStr("sys");
        PyDict d = sys == null ? null : sys.dict();
        if (d == null) {
            return true;
        }
        boolean ok = true;
        for (String name : new String[] {"stdout", "stderr", "__stdout__", "__stderr__"}) {
            PyObject f = d.getStr(name);
            if (f == null || f == PyNone.None || f instanceof PyTextIO io && io.isClosed()) {
                continue;
            }
            try {
                if (f instanceof PyTextIO io) {
                    io.flush(ts);
                } else {
                    ts.decref(SpecialMethods.call(ts, f, "flush"));
                }
            } catch (PyException e) {
                ok = false;
                ts.interp.reportUnraisable(ts, e, "Exception ignored in: " + f.repr(ts));
            }
        }
        return ok;
    }

    // ---- functions ------------------------------------------------------------------

    /** {@code sys.exit(status=None)}: raises SystemExit; a tuple status becomes its args. */
    @ExposedFunction(sig = "status=None, /")
    static void exit(ThreadState ts, PyObject status) {
        PyTuple args;
        if (status == PyNone.None) {
            args = PyTuple.EMPTY;
        } else if (status.getClass() == PyTuple.class) {
            PyTuple t = (PyTuple) status;
            args = PyTuple.copyOf(ts, t.array(), 0, t.size());
        } else {
            ts.incref(status);
            args = PyTuple.of(status);
        }
        throw new PyException(new PyBaseException(ExceptionTypes.SYSTEM_EXIT, args));
    }

    /** The count includes the caller's reference to the argument, as in CPython. */
    @ExposedFunction
    static long getrefcount(ThreadState ts, PyObject o) {
        return ts.refCounts().refcount(ts, o);
    }

    /** CPython 3.13's {@code sys._is_gil_enabled()}: whether this interpreter's strategy has a GIL. */
    @ExposedFunction(name = "_is_gil_enabled")
    static PyObject isGilEnabled(ThreadState ts) {
        return PyBool.of(ts.strategy().gilEnabled());
    }

    /** The switch interval in seconds (5 ms unless changed): how long a waiter waits before asking. */
    @ExposedFunction
    static double getswitchinterval(ThreadState ts) {
        return ts.strategy().switchInterval().toNanos() / 1e9;
    }

    @ExposedFunction(sig = "interval, /")
    static PyObject setswitchinterval(ThreadState ts, PyObject interval) {
        double seconds = Abstract.asDouble(ts, interval);
        if (!(seconds > 0)) {
            throw Errors.valueError("switch interval must be strictly positive");
        }
        // CPython keeps microseconds (at least 1), as does this.
        long micros = Math.max(1, (long) (seconds * 1e6));
        ts.strategy().setSwitchInterval(java.time.Duration.ofNanos(micros * 1000));
        return PyNone.None;
    }

    @ExposedFunction
    static long getrecursionlimit(ThreadState ts) {
        return ts.interp.recursionLimit();
    }

    @ExposedFunction
    static void setrecursionlimit(ThreadState ts, int limit) {
        if (limit < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
        }
        if (ts.depth >= limit) {
            throw Errors.recursionError("cannot set the recursion limit to " + limit + " at the recursion depth "
                    + ts.depth + ": the limit is too low");
        }
        ts.interp.setRecursionLimit(limit);
    }

    /** {@code (type, value, traceback)} of the exception being handled, or three Nones. */
    @ExposedFunction(name = "exc_info")
    static PyObject excInfo(ThreadState ts) {
        PyBaseException e = ts.topmostException();
        if (e == null) {
            return PyTuple.of(PyNone.None, PyNone.None, PyNone.None);
        }
        PyObject tb = e.traceback == null ? PyNone.None : e.traceback;
        ts.incref(e.type());
        ts.incref(e);
        ts.incref(tb);
        return PyTuple.of(e.type(), e, tb);
    }

    /** {@code sys.exception()} (3.11): the exception being handled, or None. */
    @ExposedFunction
    static PyObject exception(ThreadState ts) {
        PyObject e = ts.topmostException() == null ? PyNone.None : ts.topmostException();
        ts.incref(e);
        return e;
    }

    @ExposedFunction
    static PyObject intern(ThreadState ts, PyObject s) {
        if (s.getClass() != PyStr.class) {
            throw Errors.typeError("intern() argument must be str, not " + s.type().name());
        }
        return PyStr.intern(((PyStr) s).value());
    }

    @ExposedFunction
    static String getdefaultencoding() {
        return "utf-8";
    }

    @ExposedFunction
    static String getfilesystemencoding() {
        return "utf-8";
    }

    /** {@code sys.version_info}: a 5-tuple with named fields, like CPython's struct sequence. */
    private static final class VersionInfo extends PyTuple {
        private static final String[] FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};

        VersionInfo() {
            super(new PyObject[] {PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.intern("final"), PyInt.of(0)});
        }

        @Override
        public PyObject findAttr(ThreadState ts, String name) {
            for (int i = 0; i < FIELDS.length; i++) {
                if (FIELDS[i].equals(name)) {
                    ts.incref(get(i));
                    return get(i);
                }
            }
            return super.findAttr(ts, name);
        }

        @Override
        public String repr(ThreadState ts) {
            StringBuilder sb = new StringBuilder("sys.version_info(");
            for (int i = 0; i < FIELDS.length; i++) {
                sb.append(i > 0 ? ", " : "").append(FIELDS[i]).append('=').append(get(i).repr(ts));
            }
            return sb.append(')').toString();
        }
    }
}

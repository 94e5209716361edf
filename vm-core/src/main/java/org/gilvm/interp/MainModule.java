package org.gilvm.interp;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gilvm.builtins.SysModule;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * Runs {@code __main__} on the current thread as CPython's pymain_run_python does: sys and
 * sys.path[0] set up, the code run, an uncaught exception printed (SystemExit turned into
 * the exit status), the standard streams flushed. Returns the process exit status.
 */
final class MainModule {
    private final Interpreter interp;

    /** {@code threading.main_thread().name}. */
    static final String MAIN_THREAD_NAME = "MainThread";

    MainModule(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * @param scriptDir the directory put at sys.path[0] ({@code ""} for {@code -c})
     */
    int run(PyCode code, String filename, String scriptDir) {
        try (var tracking = interp.trackObjects()) {
            ThreadState ts = new ThreadState(interp);
            ts.setName(MAIN_THREAD_NAME);
            interp.beginRun(filename);
            interp.attach(ts);
            try {
                return runAttached(ts, code, filename, scriptDir);
            } finally {
                interp.detach(ts);
                interp.endRun();
            }
        }
    }

    private int runAttached(ThreadState ts, PyCode code, String filename, String scriptDir) {
        interp.signals().setMain(ts, Thread.currentThread());
        interp.loader().createSys(ts);
        PyObject sys = interp.modules().getStr("sys");
        if (sys.dict().getStr("path") instanceof PyList path) {
            path.appendOwned(new PyStr(scriptDir));
        }
        PyDict globals = new PyDict();
        PyModule main = new PyModule(ts, "__main__", globals);
        if (!filename.startsWith("<")) {
            globals.setStrSteal(ts, "__file__", new PyStr(filename));
        }
        globals.setStr(ts, "__builtins__", interp.builtins());
        globals.setStr(ts, "__doc__", PyNone.None);
        globals.setStr(ts, "__package__", PyNone.None);
        interp.modules().setStr(ts, "__main__", main);
        ts.decref(main);
        int status = 0;
        try {
            ts.decref(Eval.run(ts, new Frame(code, null, globals, interp.builtins().dict(), globals)));
        } catch (PyException e) {
            status = uncaught(ts, e.value);
            ts.decref(e.value);
        }
        waitForThreadShutdown(ts);
        // The main thread's own _thread sentinel lock (threading._MainThread took one) goes
        // with the thread, as a started thread's does when it ends.
        PythonThreads.releaseSentinels(ts);
        if (!SysModule.flushStdStreams(ts)) {
            status = 120;
        }
        if (interp.objectRegistry() != null) {
            status = RefCheck.atExit(ts, status);
        }
        return status;
    }

    /**
     * CPython's wait_for_thread_shutdown: if the program imported {@code threading}, its
     * {@code _shutdown()} joins every non-daemon thread before the interpreter ends.
     */
    static void waitForThreadShutdown(ThreadState ts) {
        Interpreter interp = ts.interp;
        PyObject threading = interp.modules().getStr("threading");
        if (threading == null || threading.dict() == null) {
            return;
        }
        PyObject shutdown = threading.dict().getStr("_shutdown");
        if (shutdown == null) {
            return;
        }
        try {
            ts.decref(Abstract.call(ts, shutdown));
        } catch (PyException e) {
            interp.reportUnraisable(ts, e, "Exception ignored in: " + threading.repr(ts));
        }
    }

    /** CPython's handle_system_exit and PyErr_Print: the exit status for an uncaught exception. */
    private int uncaught(ThreadState ts, PyBaseException exc) {
        if (exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            PyObject code = exc.args().size() == 0 ? PyNone.None
                    : exc.args().size() == 1 ? exc.args().get(0) : exc.args();
            if (code == PyNone.None) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.longValue();
            }
            SysModule.flushStdStreams(ts);
            interp.streams().err.println(code.str(ts));
            return 1;
        }
        interp.printException(ts, exc);
        // CPython ends by re-raising SIGINT on itself, so the shell sees 128 + SIGINT.
        return exc.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
    }

    /**
     * sys.path[0] for a script: the absolute directory it really is in (symbolic links
     * resolved), as CPython 3.11 computes it; "" when there is no such path.
     */
    static String scriptDir(Path workingDirectory, String filename) {
        Path script;
        try {
            script = workingDirectory.resolve(filename).toAbsolutePath();
        } catch (InvalidPathException e) {
            return "";
        }
        try {
            script = script.toRealPath();
        } catch (IOException | SecurityException e) {
            script = script.normalize();
        }
        Path parent = script.getParent();
        return parent == null ? "" : parent.toString();
    }
}

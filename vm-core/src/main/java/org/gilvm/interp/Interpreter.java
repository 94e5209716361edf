package org.gilvm.interp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.gilvm.objects.IdRegistry;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.RefCounts;

/**
 * One Python VM: CPython's {@code PyInterpreterState}. Everything a running program can
 * change lives here or in a {@link ThreadState}, never in a static, so several interpreters
 * can share one JVM (the multiprocessing workloads run one per "process").
 */
public final class Interpreter {
    private final RefCounts refCounts;
    public final IdRegistry ids = new IdRegistry();
    private final InterpreterConfig config;
    private volatile int recursionLimit = 1000;
    /** {@code sys.modules}. */
    private final PyDict modules = new PyDict();
    private final PyModule builtins;
    private final Streams streams;
    private final ModuleLoader loader;
    private final Signals signals = new Signals();

    public Interpreter(InterpreterConfig config) {
        this.config = config;
        this.refCounts = config.refCounts();
        this.streams = new Streams(config.stdin(), config.stdout(), config.stderr());
        this.loader = new ModuleLoader(this);
        this.builtins = loader.createBuiltins();
    }

    public InterpreterConfig config() { return config; }

    public RefCounts refCounts() { return refCounts; }

    public int recursionLimit() { return recursionLimit; }

    public void setRecursionLimit(int limit) { recursionLimit = limit; }

    public PyDict modules() { return modules; }

    public PyModule builtins() { return builtins; }

    public Streams streams() { return streams; }

    public ModuleLoader loader() { return loader; }

    public Signals signals() { return signals; }

    /** The current directory relative paths resolve against (the process's, unless the embedder set one). */
    public java.nio.file.Path workingDirectory() { return config.workingDirectory(); }

    public List<String> argv() { return config.argv(); }

    /** Reports a use of a freed object; fatal under every strategy that counts references. */
    void useAfterFree(ThreadState ts, PyObject o, String op) {
        throw new FatalError("use after free: " + op + " of a freed '" + o.type().name()
                + "' object in thread " + Thread.currentThread().getName());
    }

    /** Prints an uncaught exception with its traceback to stderr (sys.excepthook's default). */
    public void printException(ThreadState ts, org.gilvm.objects.PyBaseException exc) {
        org.gilvm.builtins.SysModule.flushStdStreams(ts);
        java.io.PrintStream err = streams.err;
        err.println("Traceback (most recent call last):");
        for (org.gilvm.objects.PyTraceback tb = exc.traceback; tb != null; tb = tb.next) {
            err.println("  File \"" + tb.code.filename + "\", line " + tb.lineno + ", in " + tb.code.name);
        }
        String msg = exc.str(ts);
        err.println(exc.type().name() + (msg.isEmpty() ? "" : ": " + msg));
        err.flush();
    }

    /**
     * CPython's PyErr_WriteUnraisable: an exception that cannot propagate (from __del__, a
     * callback) is printed to stderr and otherwise ignored.
     */
    public void reportUnraisable(ThreadState ts, PyException e, String context) {
        streams.err.println(context);
        streams.err.println(e.value.type().name() + ": " + e.value.str(ts));
    }

    /** Raised for conditions CPython would abort on (Py_FatalError). */
    public static final class FatalError extends RuntimeException {
        public FatalError(String message) {
            super(message, null, false, false);
        }
    }
}

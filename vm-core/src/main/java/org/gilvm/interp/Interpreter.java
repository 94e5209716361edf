package org.gilvm.interp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.gilvm.objects.IdRegistry;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTextIO;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.RefCounts;

/**
 * One Python VM: CPython's {@code PyInterpreterState}. Everything a running program can
 * change lives here or in a {@link ThreadState}, never in a static, so several interpreters
 * can share one JVM (the multiprocessing workloads run one per "process").
 */
public final class Interpreter {
    private final ExecutionStrategy strategy;
    public final IdRegistry ids = new IdRegistry();
    private final InterpreterConfig config;
    private volatile int recursionLimit = 1000;
    /** {@code sys.modules}. */
    private final PyDict modules = new PyDict();
    private final PyModule builtins;
    private final Streams streams;
    private final ModuleLoader loader;
    private final Signals signals = new Signals();
    private final SourceCache sourceCache = new SourceCache();

    public Interpreter(InterpreterConfig config) {
        this.config = config;
        this.strategy = config.strategy();
        this.streams = new Streams(config.stdin(), config.stdout(), config.stderr());
        this.loader = new ModuleLoader(this);
        this.builtins = loader.createBuiltins();
    }

    public InterpreterConfig config() { return config; }

    /** This interpreter's concurrency and memory-management design: one instance, for good. */
    public ExecutionStrategy strategy() { return strategy; }

    public RefCounts refCounts() { return strategy.refCounts(); }

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

    /** Source lines for tracebacks: CPython's linecache. */
    public SourceCache sourceCache() { return sourceCache; }

    /** Reports a use of a freed object; fatal under every strategy that counts references. */
    void useAfterFree(ThreadState ts, PyObject o, String op) {
        throw new FatalError("use after free: " + op + " of a freed '" + o.type().name()
                + "' object in thread " + Thread.currentThread().getName());
    }

    /**
     * Prints an uncaught exception and its chain as CPython's default {@code sys.excepthook}
     * does, after flushing {@code sys.stdout} and {@code sys.stderr} so that what the program
     * printed comes first.
     */
    public void printException(ThreadState ts, PyBaseException exc) {
        flushSysStream(ts, "stdout");
        flushSysStream(ts, "stderr");
        TracebackPrinter.print(ts, exc, streams.err);
    }

    /**
     * CPython's PyErr_WriteUnraisable: an exception that cannot propagate (from __del__, a
     * callback) is printed to stderr and otherwise ignored. {@code context} is the first line,
     * {@code "Exception ignored in: " + repr(obj)}, then the traceback and the type and message.
     */
    public void reportUnraisable(ThreadState ts, PyException e, String context) {
        flushSysStream(ts, "stderr");
        TracebackPrinter.printUnraisable(ts, e.value, context, streams.err);
    }

    /** Flushes {@code sys.<name>} if it is one of our text files; errors are ignored here. */
    private void flushSysStream(ThreadState ts, String name) {
        PyObject sys = modules.getStr("sys");
        PyDict d = sys == null ? null : sys.dict();
        if (d != null && d.getStr(name) instanceof PyTextIO io && !io.isClosed()) {
            try {
                io.flush(ts);
            } catch (PyException ignored) {
                // CPython reports a failing flush at exit, not while printing a traceback.
            }
        }
    }

    /** Raised for conditions CPython would abort on (Py_FatalError). */
    public static final class FatalError extends RuntimeException {
        public FatalError(String message) {
            super(message, null, false, false);
        }
    }
}

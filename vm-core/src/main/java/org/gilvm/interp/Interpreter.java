package org.gilvm.interp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gilvm.objects.IdRegistry;
import org.gilvm.objects.ObjectRegistry;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTextIO;
import org.gilvm.objects.TypeSetup;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.RefCounts;
import org.gilvm.subinterp.Subinterpreters;

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
    /** {@code gc.isenabled()}: remembered for programs that toggle it. */
    private volatile boolean gcEnabled = true;
    /** {@code sys.modules}. */
    private final PyDict modules;
    private final PyModule builtins;
    /** Every object this interpreter's threads create, under {@code --check-refs}; else null. */
    private final ObjectRegistry registry;
    private final Streams streams;
    private final ModuleLoader loader;
    private final Signals signals = new Signals();
    private final SourceCache sourceCache = new SourceCache();
    private final Set<ThreadState> threads = ConcurrentHashMap.newKeySet();
    private final AtomicReference<FatalError> fatalError = new AtomicReference<>();
    private final AtomicLong useAfterFreeCount = new AtomicLong();
    private final PythonThreads pythonThreads = new PythonThreads(this);
    private volatile String program = "<none>";
    private volatile String runId;
    /** Made on first use: most interpreters never start a child. */
    private final AtomicReference<Subinterpreters> subinterpreters = new AtomicReference<>();

    public Interpreter(InterpreterConfig config) {
        this.config = config;
        this.strategy = config.strategy();
        this.streams = new Streams(config.stdin(), config.stdout(), config.stderr());
        this.loader = new ModuleLoader(this);
        this.registry = config.checkRefs() ? new ObjectRegistry() : null;
        // The builtin types belong to the JVM, not to this interpreter: set up before tracking.
        TypeSetup.ready();
        try (var tracking = trackObjects()) {
            this.modules = new PyDict();
            this.builtins = loader.createBuiltins();
        }
    }

    /**
     * Under {@code --check-refs}, makes the objects the calling thread creates, until the
     * scope is closed, this interpreter's to check at exit; otherwise does nothing. Every
     * thread that runs this interpreter's Python code opens one.
     */
    public ObjectRegistry.Scope trackObjects() {
        return registry == null ? NOT_TRACKING : registry.bind();
    }

    private static final ObjectRegistry.Scope NOT_TRACKING = () -> {};

    /** The objects tracked under {@code --check-refs}; null when not checking. */
    public ObjectRegistry objectRegistry() { return registry; }

    public InterpreterConfig config() { return config; }

    /** This interpreter's concurrency and memory-management design: one instance, for good. */
    public ExecutionStrategy strategy() { return strategy; }

    public RefCounts refCounts() { return strategy.refCounts(); }

    public int recursionLimit() { return recursionLimit; }

    public boolean gcEnabled() { return gcEnabled; }

    public void setGcEnabled(boolean enabled) { gcEnabled = enabled; }

    public void setRecursionLimit(int limit) { recursionLimit = limit; }

    public PyDict modules() { return modules; }

    public PyModule builtins() { return builtins; }

    public Streams streams() { return streams; }

    public ModuleLoader loader() { return loader; }

    public Signals signals() { return signals; }

    /** The current directory relative paths resolve against (the process's, unless the embedder set one). */
    public java.nio.file.Path workingDirectory() { return config.workingDirectory(); }

    public List<String> argv() { return config.argv(); }

    /** The run's name in metrics and JFR events: the config's, or one made up on first use. */
    public String runId() {
        String id = runId;
        if (id == null) {
            id = config.runId() != null ? config.runId() : RunIds.make(program);
            runId = id;
        }
        return id;
    }

    /** The program being run (its path as given), or {@code "<none>"} before one starts. */
    public String program() {
        return program;
    }

    /** A program starts running in this interpreter: from now on it is reported on. */
    void beginRun(String filename) {
        program = filename;
        RunEvents.started(this);
    }

    void endRun() {
        RunEvents.ended(this);
    }

    /** Source lines for tracebacks: CPython's linecache. */
    public SourceCache sourceCache() { return sourceCache; }

    /**
     * Reports a use of a freed object: always a fatal error (under the safe strategies it
     * can only be a VM bug; under {@code unsafe-refcount} it is the race the demo exists to
     * show). Counted for the metrics, then every thread is stopped.
     */
    void useAfterFree(ThreadState ts, PyObject o, String op) {
        useAfterFreeCount.incrementAndGet();
        RunEvents.refcountError(ts, o, op);
        // Not yet published with fatal(): the eval loop first adds the instruction, then
        // stops the other threads (and PythonThreads does it for errors outside any frame).
        throw new FatalError("use after free: " + op + " of a freed '" + o.type().name()
                + "' object in thread " + ts.name());
    }

    /** Uses of freed objects detected so far. */
    public long useAfterFreeCount() {
        return useAfterFreeCount.get();
    }

    /**
     * Records a fatal error (the first one wins) and asks every running thread to stop at
     * its next switch point: CPython would abort the process here.
     */
    public void fatal(FatalError e) {
        if (fatalError.compareAndSet(null, e)) {
            for (ThreadState t : threads) {
                t.requestBreak(ThreadState.BREAK_FATAL);
                // A thread blocked in a lock wait, join or sleep has no switch point to reach.
                if (t.thread() != Thread.currentThread()) {
                    t.thread().interrupt();
                }
            }
        }
    }

    /** The fatal error that stopped this interpreter, or null. */
    public FatalError fatalError() {
        return fatalError.get();
    }

    /** The thread starts running Python code: registered, then attached to the strategy. */
    public void attach(ThreadState ts) {
        threads.add(ts);
        if (fatalError.get() != null) {
            ts.requestBreak(ThreadState.BREAK_FATAL);
        }
        strategy.attach(ts);
    }

    /** The thread has finished running Python code. */
    public void detach(ThreadState ts) {
        strategy.detach(ts);
        RunEvents.threadEnded(this, ts);
        threads.remove(ts);
    }

    /**
     * This interpreter's place among the interpreters multiprocessing runs (id, pid, the
     * children it started): a top-level one unless {@link #adoptSubinterpreters} said otherwise.
     */
    public Subinterpreters subinterpreters() {
        Subinterpreters s = subinterpreters.get();
        if (s == null) {
            subinterpreters.compareAndSet(null, Subinterpreters.topLevel());
            s = subinterpreters.get();
        }
        return s;
    }

    /** Whether this is a child interpreter, one of several running at once whatever the strategy. */
    public boolean isSubinterpreter() {
        Subinterpreters s = subinterpreters.get();
        return s != null && s.id() != 0;
    }

    /** Makes this interpreter a child; called once, by its creator, before it runs any code. */
    public void adoptSubinterpreters(Subinterpreters place) {
        if (!subinterpreters.compareAndSet(null, place)) {
            throw new IllegalStateException("the interpreter's place is already set");
        }
    }

    /** Starting threads: {@code _thread}'s side of the interpreter. */
    public PythonThreads pythonThreads() {
        return pythonThreads;
    }

    /** The threads currently attached (a live view, safe to iterate from any thread). */
    public Set<ThreadState> threads() {
        return threads;
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
     * Prints {@code header} and then {@code exc}'s traceback (when there is one) to
     * {@code sys.stderr}, flushing stdout first: what {@code threading.excepthook} prints.
     */
    public void printThreadException(ThreadState ts, String header, PyBaseException exc) {
        flushSysStream(ts, "stdout");
        streams.err.println(header);
        if (exc != null) {
            TracebackPrinter.print(ts, exc, streams.err);
        }
        streams.err.flush();
    }

    /**
     * CPython's PyErr_WriteUnraisable: an exception that cannot propagate (from __del__, a
     * callback) is printed to stderr and otherwise ignored, and the reference {@code e}
     * carries is released. {@code context} is the first line,
     * {@code "Exception ignored in: " + repr(obj)}, then the traceback and the type and message.
     */
    public void reportUnraisable(ThreadState ts, PyException e, String context) {
        try {
            flushSysStream(ts, "stderr");
            TracebackPrinter.printUnraisable(ts, e.value, context, streams.err);
        } finally {
            ts.decref(e.value);
        }
    }

    /** Flushes {@code sys.<name>} if it is one of our text files; errors are ignored here. */
    private void flushSysStream(ThreadState ts, String name) {
        PyObject sys = modules.getStr("sys");
        PyDict d = sys == null ? null : sys.dict();
        if (d != null && d.getStr(name) instanceof PyTextIO io && !io.isClosed()) {
            try {
                io.flush(ts);
            } catch (PyException e) {
                // CPython reports a failing flush at exit, not while printing a traceback.
                ts.decref(e.value);
            }
        }
    }
}

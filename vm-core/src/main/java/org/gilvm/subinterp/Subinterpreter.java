package org.gilvm.subinterp;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gilvm.interp.ChildMain;
import org.gilvm.interp.FatalError;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.spi.ExecutionStrategy;

/**
 * A child interpreter: what a {@code multiprocessing} process is in gilvm. It has its own
 * {@link Interpreter} (its own modules, objects and {@code sys.modules}) and its own fresh
 * instance of the parent's strategy (its own GIL, under {@code gil}), and runs on its own
 * Java platform thread, its "main thread", which serves the calls of one {@link Inbox} until
 * the inbox is closed. The parent's standard streams, {@code sys.argv}, {@code sys.path} and
 * working directory are the child's too.
 *
 * <h2>Invariants</h2>
 * Parent and child never share a reference-counted object: everything crossing between them
 * is a {@link Snapshot}, made on the sender's thread and rebuilt on the receiver's. The only
 * objects both see are immortal (None, small ints, interned strs, builtin types) and the
 * Java-level primitives of {@link HandleObject}, which each interpreter wraps in its own
 * Python object.
 *
 * <h2>Ending</h2>
 * Normally by the inbox closing: the worker finishes the queued calls, then ends as a process
 * does ({@link ChildMain#finish}). {@link #terminate} is SIGTERM: the child's interpreter is
 * stopped with a fatal error at every thread's next switch point or blocking wait, nothing
 * more runs in it, and the call it was running, if any, never completes.
 */
public final class Subinterpreter {
    /** The Java stack of the child's main thread: as the top-level main thread's. */
    static final long STACK_BYTES = 512L * 1024 * 1024;
    private static final String TERMINATED = "terminated";

    private final Subinterpreters place;
    private final Subinterpreters parentPlace;
    private final String name;
    private final Inbox inbox;
    private final InterpreterConfig config;
    private final ChildMain.Spec spec;
    /** Run before the inbox's calls (a pool worker's set-up), or null. */
    private final Call init;
    private final Thread thread;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Interpreter interp;
    private volatile boolean terminated;
    private volatile boolean crashed;
    private volatile boolean countsBalanced = true;

    private Subinterpreter(Subinterpreters place, Subinterpreters parentPlace, String name, Inbox inbox,
                           InterpreterConfig config, ChildMain.Spec spec, Call init) {
        this.place = place;
        this.parentPlace = parentPlace;
        this.name = name;
        this.inbox = inbox;
        this.config = config;
        this.spec = spec;
        this.init = init;
        this.thread = Thread.ofPlatform().daemon(true).stackSize(STACK_BYTES).name(name)
                .unstarted(this::run);
    }

    /**
     * Starts a child of the calling thread's interpreter serving {@code inbox}; {@code name}
     * names its Java thread (the process's name, for jstack and JFR); {@code init}, if not
     * null, runs first.
     */
    public static Subinterpreter start(ThreadState parent, Inbox inbox, String name, Call init) {
        Interpreter p = parent.interp;
        Subinterpreters parentPlace = p.subinterpreters();
        if (parentPlace.bootstrapping()) {
            throw org.gilvm.objects.Errors.runtimeError(BOOTSTRAPPING_MESSAGE);
        }
        ExecutionStrategy strategy = parentPlace.newStrategy(p);
        InterpreterConfig cfg = p.config().withStrategy(strategy).withRunId(p.runId());
        Subinterpreter child = new Subinterpreter(parentPlace.newChild(), parentPlace, name, inbox, cfg,
                ChildMain.spec(parent), init);
        parentPlace.started(child);
        try {
            child.thread.start();
        } catch (OutOfMemoryError | IllegalStateException e) {
            parentPlace.ended(child);
            throw org.gilvm.objects.Errors.runtimeError("can't start new interpreter");
        }
        return child;
    }

    /** CPython's spawn._check_not_importing_main(), word for word. */
    static final String BOOTSTRAPPING_MESSAGE = "\n"
            + "        An attempt has been made to start a new process before the\n"
            + "        current process has finished its bootstrapping phase.\n"
            + "\n"
            + "        This probably means that you are not using fork to start your\n"
            + "        child processes and you have forgotten to use the proper idiom\n"
            + "        in the main module:\n"
            + "\n"
            + "            if __name__ == '__main__':\n"
            + "                freeze_support()\n"
            + "                ...\n"
            + "\n"
            + "        The \"freeze_support()\" line can be omitted if the program\n"
            + "        is not going to be frozen to produce an executable.";

    public int id() {
        return place.id();
    }

    public long pid() {
        return place.pid();
    }

    public String name() {
        return name;
    }

    /** The child's interpreter, once its thread has made it (null before). */
    public Interpreter interpreter() {
        return interp;
    }

    /** The child's strategy: a fresh instance, its alone. */
    public ExecutionStrategy strategy() {
        return config.strategy();
    }

    public boolean isAlive() {
        return ended.getCount() != 0;
    }

    public boolean wasTerminated() {
        return terminated;
    }

    /** Whether the child was stopped by a fatal error (CPython's process would have aborted). */
    public boolean crashed() {
        return crashed;
    }

    /** Under {@code --check-refs}: whether the child's counts balanced at its end. */
    public boolean countsBalanced() {
        return countsBalanced;
    }

    /** Waits for the child to end, at most {@code timeoutNanos} (negative: for ever), with the GIL released. */
    public boolean join(ThreadState ts, long timeoutNanos) {
        if (!isAlive()) {
            return true;
        }
        return Waits.await(ts, timeoutNanos, left -> {
            if (left < 0) {
                ended.await();
                return true;
            }
            return ended.await(left, TimeUnit.NANOSECONDS);
        });
    }

    /** SIGTERM: stops the child at once (see the class comment). */
    public void terminate() {
        terminated = true;
        Interpreter i = interp;
        if (i != null) {
            i.fatal(new FatalError(TERMINATED));
        }
        // Before the interpreter exists, or between its calls, the thread may be waiting.
        thread.interrupt();
    }

    private void run() {
        try {
            if (!terminated) {
                Interpreter child = new Interpreter(config);
                child.adoptSubinterpreters(place);
                interp = child;
                if (terminated) {
                    child.fatal(new FatalError(TERMINATED));
                }
                try (var tracking = child.trackObjects()) {
                    serve(child);
                }
            }
        } finally {
            parentPlace.ended(this);
            ended.countDown();
        }
    }

    private void serve(Interpreter child) {
        ThreadState ts = new ThreadState(child);
        ts.setName(name);
        child.attach(ts);
        Worker worker = new Worker(ts, place, inbox);
        try {
            worker.serve(spec, init);
            countsBalanced = ChildMain.finish(ts);
        } catch (FatalError e) {
            abort(worker, terminated ? null : e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A VM bug (or data-race damage under unsafe-refcount): report it as the process's
            // fatal error, never let the thread die silently.
            abort(worker, FatalError.internal(child, "in " + name, e));
        } finally {
            child.detach(ts);
        }
    }

    /**
     * The child stops abruptly (terminated, or a fatal error, which is printed as CPython's
     * Py_FatalError would print it): the call it was running fails, so that nobody waits for
     * it for ever (CPython's ProcessPoolExecutor breaks; its Pool would hang).
     */
    private void abort(Worker worker, FatalError fatal) {
        if (fatal != null) {
            crashed = true;
            config.stderr().println(fatal.report());
            config.stderr().flush();
        }
        Call c = worker.current();
        if (c != null && !c.isDone()) {
            String why = fatal != null ? fatal.getMessage() : "terminated";
            c.fail(abruptEnd("the process running the call ended abruptly (" + why + ")"), null, null);
        }
    }

    /** {@code RuntimeError(message)}, built without the (stopped) interpreter. */
    private static Snapshot abruptEnd(String message) {
        return new Snapshot.Exception(0, new Snapshot.Shared(ExceptionTypes.RUNTIME_ERROR),
                new Snapshot.Tuple(1, new Snapshot[] {new Snapshot.Str(2, message)}), null);
    }
}

package org.gilvm.interp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.RefCounts;
import org.gilvm.spi.SwitchPoints;

/**
 * One Python thread's state, CPython's {@code PyThreadState}: the current frame, the
 * recursion depth, the exception being handled, and the eval-breaker the loop polls.
 *
 * <p>Only its own thread reads or writes it, except {@link #evalBreaker}, which other threads
 * (the GIL's drop request, a signal handler) set to ask this thread to stop at its next
 * switch point, and {@link #stats}, which observers read without synchronisation (the
 * figures may be a moment old).
 */
public final class ThreadState extends ThreadStatePadding.After implements AutoCloseable {
    /** Eval-breaker bits. */
    public static final int BREAK_SIGNAL = 1, BREAK_DROP_REQUEST = 2, BREAK_ASYNC_EXC = 4, BREAK_FATAL = 8;

    private static final int MAX_DEALLOC_DEPTH = 200;

    private static final VarHandle EVAL_BREAKER;

    static {
        try {
            EVAL_BREAKER = MethodHandles.lookup().findVarHandle(ThreadState.class, "evalBreaker", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public final Interpreter interp;
    private final RefCounts rc;
    private final ExecutionStrategy strategy;
    private final ObjectLocks locks;
    /** Whether the loop polls before every instruction (CPython <= 3.9) rather than at back-edges. */
    final boolean pollsEveryInstruction;
    private final int checkInterval;
    /** Unused slots at the end of each frame's array (see {@link Frame}): none under a GIL, in a top-level interpreter. */
    final int framePadding;
    /** Instructions left before the next {@link ExecutionStrategy#ticksElapsed}. */
    private int ticks;

    /**
     * Non-zero when the loop must leave the fast path at its next switch point: CPython's
     * {@code eval_breaker}. Volatile so a plain read in the loop sees other threads' writes;
     * changed only through {@link #requestBreak} and {@link #clearBreak}, atomically, since
     * several threads may set bits at once.
     */
    public volatile int evalBreaker;

    /** What this thread has done and waited for, kept by the strategy and the VM. */
    public final ThreadStats stats = new ThreadStats();


    /** The Java thread running this state, and its OS thread id (0 where unknown). */
    private final Thread thread;
    private final long nativeId;
    private volatile String name;
    /** Locks released when this thread ends ({@code _thread._set_sentinel}); null when none. */
    java.util.List<org.gilvm.objects.PyLock> sentinels;

    /**
     * One level of "the exception being handled", CPython's {@code _PyErr_StackItem}: the
     * thread has one, and each running generator links its own in front of it, so a
     * generator suspended inside an except block keeps its exception to itself.
     */
    public static final class ExcState {
        /** The handled exception (owned), or null. */
        public PyObject value;
        public ExcState previous;
    }

    /** The innermost exception-handling state; {@code sys.exc_info()} starts here. */
    public ExcState excInfo = new ExcState();

    /** Containers whose repr is in progress on this thread: CPython's Py_ReprEnter list. */
    private final java.util.ArrayList<PyObject> reprStack = new java.util.ArrayList<>();

    private int deallocDepth;
    private final ArrayDeque<PyObject> deferredDeallocs = new ArrayDeque<>();

    /** CPython's _PyErr_GetTopmostException: the exception being handled, or null. */
    public PyBaseException topmostException() {
        for (ExcState e = excInfo; e != null; e = e.previous) {
            if (e.value instanceof PyBaseException b) {
                return b;
            }
        }
        return null;
    }

    /**
     * Called by the loop at a switch point when {@link #evalBreaker} is non-zero: runs
     * the strategy's drop request (the GIL changes hands here), then pending signal handlers
     * (Ctrl-C raises KeyboardInterrupt here).
     */
    public void handleEvalBreaker() {
        int bits = evalBreaker;
        if ((bits & BREAK_FATAL) != 0) {
            throw interp.fatalError();
        }
        if ((bits & BREAK_DROP_REQUEST) != 0) {
            strategy.dropRequested(this);
        }
        if ((bits & BREAK_SIGNAL) != 0) {
            clearBreak(BREAK_SIGNAL);
            interp.signals().run(this);
        }
    }

    /** The state of the calling thread in {@code interp}. */
    public ThreadState(Interpreter interp) {
        this.interp = interp;
        this.strategy = interp.strategy();
        this.rc = strategy.refCounts();
        this.locks = strategy.objectLocks();
        this.pollsEveryInstruction = strategy.settings().effectiveSwitchPoints() == SwitchPoints.EVERY_INSTRUCTION;
        this.checkInterval = strategy.settings().checkInterval();
        // A child interpreter (multiprocessing) runs beside its parent and its siblings even
        // under a GIL: its frames are padded like those of GIL-free threads.
        this.framePadding = strategy.gilEnabled() && !interp.isSubinterpreter() ? 0 : 16;
        this.ticks = checkInterval;
        this.thread = Thread.currentThread();
        this.nativeId = NativeThreadId.current();
        this.name = thread.getName();
    }

    public Thread thread() {
        return thread;
    }

    /** The thread's name as Python sees it ({@code threading.Thread.name} once set). */
    public String name() {
        return name;
    }

    /** Names the thread, for Python and for Java tools (jstack, JFR). */
    public void setName(String name) {
        this.name = name;
        thread.setName(name);
    }

    /** {@code threading.get_ident()}: unique among live threads (the JVM's thread id). */
    public long ident() {
        return thread.threadId();
    }

    /** The OS's id for this thread (Linux: its TID), CPython's {@code threading.get_native_id()}. */
    public long nativeId() {
        return nativeId;
    }

    public ExecutionStrategy strategy() {
        return strategy;
    }

    /** The container guard, CPython's critical sections. */
    public ObjectLocks locks() {
        return locks;
    }

    /** Sets eval-breaker bits; safe from any thread. */
    public void requestBreak(int bits) {
        EVAL_BREAKER.getAndBitwiseOr(this, bits);
    }

    /** Clears eval-breaker bits; safe from any thread. */
    public void clearBreak(int bits) {
        EVAL_BREAKER.getAndBitwiseAnd(this, ~bits);
    }

    /**
     * Enters a blocking region, CPython's {@code Py_BEGIN_ALLOW_THREADS}: the strategy may let
     * other threads run Python code until {@link #close()}. Between the two this thread must
     * not touch any Python object. Use as
     * {@code try (var unlocked = ts.blocking()) { ... }}.
     */
    public ThreadState blocking() {
        strategy.beginBlocking(this);
        return this;
    }

    /** Leaves the blocking region entered by {@link #blocking()}: CPython's {@code Py_END_ALLOW_THREADS}. */
    @Override
    public void close() {
        strategy.endBlocking(this);
    }

    /**
     * After a blocking wait ended by a Java interrupt (the GIL taken back): a fatal error stops
     * this thread too; a pending Ctrl-C raises KeyboardInterrupt in the main thread. Otherwise
     * the caller resumes its wait.
     */
    public void afterInterrupt() {
        if ((evalBreaker & BREAK_FATAL) != 0) {
            throw interp.fatalError();
        }
        interp.signals().checkAfterInterrupt(this);
    }

    /**
     * The loop's check before each instruction when switch points are every instruction:
     * counts the legacy GIL's ticks and polls the eval-breaker.
     */
    void instructionCheckpoint() {
        if (--ticks <= 0) {
            ticks = checkInterval;
            strategy.ticksElapsed(this);
        }
        if (evalBreaker != 0) {
            handleEvalBreaker();
        }
    }

    /** CPython's Py_INCREF, through the strategy; null-safe like Py_XINCREF. */
    public void incref(PyObject o) {
        rc.incref(this, o);
    }

    /** CPython's Py_DECREF, through the strategy; null-safe like Py_XDECREF. */
    public void decref(PyObject o) {
        rc.decref(this, o);
    }

    public RefCounts refCounts() {
        return rc;
    }

    /**
     * Called by the strategy when a count reaches zero: releases what {@code o} owns and
     * poisons it. Deep chains (a long linked list going away) are flattened into a queue, as
     * CPython's trashcan does, so dealloc never overflows the Java stack.
     */
    public void dealloc(PyObject o) {
        // Numbers own nothing and have no __del__: poison them without the general machinery
        // (the count loop frees one int per iteration). Kept this small so that the JIT
        // inlines it into every decref; the rest is out of line.
        Class<?> c = o.getClass();
        if (c == PyInt.class || c == PyFloat.class) {
            o.refcnt = PyObject.FREED;
        } else {
            deallocObject(o);
        }
    }

    private void deallocObject(PyObject o) {
        if (deallocDepth >= MAX_DEALLOC_DEPTH) {
            deferredDeallocs.add(o);
            return;
        }
        deallocDepth++;
        try {
            deallocOne(o);
            if (deallocDepth == 1) {
                PyObject next;
                while ((next = deferredDeallocs.poll()) != null) {
                    deallocOne(next);
                }
            }
        } finally {
            deallocDepth--;
        }
    }

    private void deallocOne(PyObject o) {
        o.dealloc(this);
        if (o.refcnt == 0) {
            o.refcnt = PyObject.FREED;
        }
    }

    /** A use of a freed object: the strategy decides whether it is fatal. */
    public void useAfterFree(PyObject o, String op) {
        interp.useAfterFree(this, o, op);
    }

    /** CPython's Py_ReprEnter: false if o's repr is already in progress (print "..."). */
    public boolean reprEnter(PyObject o) {
        for (int i = reprStack.size() - 1; i >= 0; i--) {
            if (reprStack.get(i) == o) {
                return false;
            }
        }
        reprStack.add(o);
        return true;
    }

    public void reprLeave(PyObject o) {
        for (int i = reprStack.size() - 1; i >= 0; i--) {
            if (reprStack.get(i) == o) {
                reprStack.remove(i);
                return;
            }
        }
    }

    /** Raises RecursionError past the limit; called on every Python call. */
    public void enterCall() {
        if (++depth > interp.recursionLimit()) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
    }

    public void leaveCall() {
        depth--;
    }
}

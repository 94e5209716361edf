package org.gilvm.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyLock;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * Starting Python threads, CPython's {@code thread_PyThread_start_new_thread}: each is a Java
 * platform thread (one OS thread, as in CPython) with its own {@link ThreadState}, attached
 * to the interpreter's strategy for as long as it runs Python code. All are JVM daemon
 * threads: which ones the program waits for at exit is {@code threading}'s business
 * ({@code threading._shutdown}), as in CPython.
 */
public final class PythonThreads {
    /** Java stack per thread: room for the default recursion limit many times over. */
    private static final long DEFAULT_STACK_BYTES = 64L * 1024 * 1024;

    private final Interpreter interp;
    private final AtomicInteger running = new AtomicInteger();
    private volatile long stackBytes = DEFAULT_STACK_BYTES;

    PythonThreads(Interpreter interp) {
        this.interp = interp;
    }

    /** {@code _thread._count()}: threads started here that have not finished. */
    public int count() {
        return running.get();
    }

    /** {@code _thread.stack_size()}: 0 means the default. */
    public long stackSize() {
        return stackBytes == DEFAULT_STACK_BYTES ? 0 : stackBytes;
    }

    public void setStackSize(long bytes) {
        stackBytes = bytes == 0 ? DEFAULT_STACK_BYTES : bytes;
    }

    /**
     * Starts {@code func(*args, **kwargs)} (borrowed; the thread takes its own references) on
     * a new thread; returns its ident.
     */
    public long start(ThreadState parent, PyObject func, PyTuple args, PyObject kwargs) {
        if (!interp.strategy().supportsThreads()) {
            throw Errors.runtimeError("can't start new thread: the '" + interp.strategy().id()
                    + "' strategy runs one thread (put the lock-strategies module on the class path)");
        }
        parent.incref(func);
        parent.incref(args);
        parent.incref(kwargs);
        Thread t = Thread.ofPlatform().daemon(true).stackSize(stackBytes).name("Dummy")
                .unstarted(() -> run(func, args, kwargs));
        running.incrementAndGet();
        try {
            t.start();
        } catch (OutOfMemoryError | IllegalStateException e) {
            running.decrementAndGet();
            parent.decref(func);
            parent.decref(args);
            parent.decref(kwargs);
            throw Errors.runtimeError("can't start new thread");
        }
        return t.threadId();
    }

    private void run(PyObject func, PyTuple args, PyObject kwargs) {
        try (var tracking = interp.trackObjects()) {
            runTracked(func, args, kwargs);
        }
    }

    private void runTracked(PyObject func, PyTuple args, PyObject kwargs) {
        ThreadState ts = new ThreadState(interp);
        interp.attach(ts);
        try {
            ts.decref(Calls.callObject(ts, func, args, kwargs instanceof PyDict d ? d : null));
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                interp.reportUnraisable(ts, e, "Exception ignored in thread started by: " + func.repr(ts));
            }
        } catch (FatalError e) {
            interp.fatal(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A VM bug, or (under unsafe-refcount) an object a data race has corrupted: either
            // way nothing sensible can go on, and a thread must never die silently.
            interp.fatal(FatalError.internal(interp, "in thread " + ts.name(), e));
        } finally {
            ts.decref(func);
            ts.decref(args);
            ts.decref(kwargs);
            // The thread's final totals go out before a joiner can return (the sentinels are
            // what join waits for), so a recording stopped right after join() still has them;
            // detach sends them once more with the state "exited" (consumers keep the largest).
            RunEvents.threadEnded(interp, ts);
            releaseSentinels(ts);
            interp.detach(ts);
            running.decrementAndGet();
        }
    }

    /** The locks {@code _set_sentinel} handed out on this thread: released as it ends, so join() returns. */
    static void releaseSentinels(ThreadState ts) {
        List<PyLock> locks = ts.sentinels;
        ts.sentinels = null;
        if (locks != null) {
            for (PyLock lock : locks) {
                if (lock.isLocked()) {
                    lock.release();
                }
                ts.decref(lock);
            }
        }
    }

    /** {@code _thread._set_sentinel()}: a held lock released when the calling thread ends. */
    public static PyLock sentinel(ThreadState ts) {
        PyLock lock = new PyLock();
        lock.acquire(ts, false, -1);
        if (ts.sentinels == null) {
            ts.sentinels = new ArrayList<>(1);
        }
        ts.incref(lock);
        ts.sentinels.add(lock);
        return lock;
    }
}

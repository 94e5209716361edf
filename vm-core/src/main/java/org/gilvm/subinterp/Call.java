package org.gilvm.subinterp;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilvm.interp.ThreadState;

/**
 * One call sent to a child interpreter: {@code func(*args, **kwargs)}, all three copied, and,
 * once it has run, its outcome copied back. Created by the sender, run by whichever worker
 * of the {@link Inbox} takes it, read by any thread of the sender's interpreter.
 *
 * <h2>Concurrency</h2>
 * The state moves once from PENDING to RUNNING (a worker took it) or CANCELLED, and once from
 * RUNNING to DONE; each move is a compare-and-set, so a cancel and a take never both win. The
 * outcome fields are written before {@link #finished} is counted down, which publishes them to
 * every thread that waited for it. No Python object is ever shared: the outcome is a
 * {@link Snapshot} that the reader rebuilds in its own interpreter.
 */
public final class Call {
    private static final int PENDING = 0, RUNNING = 1, DONE = 2, CANCELLED = 3;

    final Snapshot func;
    final Snapshot args;
    /** Null when there are no keyword arguments. */
    final Snapshot kwargs;
    /** Where the completion is announced ({@link #tag} is put there), or null. */
    private final Channel notify;
    private final long tag;

    private final AtomicInteger state = new AtomicInteger(PENDING);
    private final CountDownLatch finished = new CountDownLatch(1);
    private Snapshot result;
    private Snapshot error;
    /** The child's traceback of {@link #error}, as CPython's pool sends it along. */
    private String traceback;
    /** The repr of a result that could not be copied back ({@link #error} says why). */
    private String unsentResult;
    /** The id of the interpreter that ran the call (0 until one took it). */
    private volatile int worker;

    Call(Snapshot func, Snapshot args, Snapshot kwargs, Channel notify, long tag) {
        this.func = func;
        this.args = args;
        this.kwargs = kwargs;
        this.notify = notify;
        this.tag = tag;
    }

    public long tag() {
        return tag;
    }

    /** A worker takes the call; false if it was cancelled first. */
    boolean start(int workerId) {
        if (!state.compareAndSet(PENDING, RUNNING)) {
            return false;
        }
        worker = workerId;
        return true;
    }

    /** Cancels the call if no worker has taken it yet. */
    public boolean cancel() {
        if (!state.compareAndSet(PENDING, CANCELLED)) {
            return state.get() == CANCELLED;
        }
        announce();
        return true;
    }

    void succeed(Snapshot value) {
        result = value;
        finish();
    }

    void fail(Snapshot exception, String tracebackText, String unsent) {
        error = exception;
        traceback = tracebackText;
        unsentResult = unsent;
        finish();
    }

    private void finish() {
        state.set(DONE);
        announce();
    }

    private void announce() {
        finished.countDown();
        if (notify != null) {
            notify.announce(tag);
        }
    }

    public boolean isDone() {
        return finished.getCount() == 0;
    }

    public boolean isRunning() {
        return state.get() == RUNNING;
    }

    public boolean isCancelled() {
        return state.get() == CANCELLED;
    }

    /** Whether the call ran and raised (or its result could not be copied back). */
    public boolean failed() {
        return isDone() && error != null;
    }

    /** Snapshots are read only after {@link #isDone()}: the latch publishes them. */
    public Snapshot result() {
        return result;
    }

    public Snapshot error() {
        return error;
    }

    public String traceback() {
        return traceback;
    }

    public String unsentResult() {
        return unsentResult;
    }

    public int worker() {
        return worker;
    }

    /**
     * Waits until the call has finished, at most {@code timeoutNanos} (negative: for ever),
     * with the GIL released; Ctrl-C interrupts the wait in the main thread.
     */
    public boolean await(ThreadState ts, long timeoutNanos) {
        if (isDone()) {
            return true;
        }
        return Waits.await(ts, timeoutNanos, left -> left < 0 ? awaitForever() : finished.await(left,
                TimeUnit.NANOSECONDS));
    }

    private boolean awaitForever() throws InterruptedException {
        finished.await();
        return true;
    }
}

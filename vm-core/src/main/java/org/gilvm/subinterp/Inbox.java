package org.gilvm.subinterp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The calls waiting for the child interpreters that serve them: one inbox per
 * {@code multiprocessing.Process} (one worker), one per {@code Pool} or
 * {@code ProcessPoolExecutor} (all its workers take from it, so an idle worker always gets
 * the next call, as with CPython's shared task queue).
 *
 * <p>{@link #close} puts an end marker after the calls already queued: each worker that
 * takes it puts it back for the next one and ends, so every worker finishes the queued work
 * first and then stops. Thread-safe.
 */
public final class Inbox {
    private static final Call END = new Call(null, null, null, null, 0);

    private final LinkedBlockingQueue<Call> queue = new LinkedBlockingQueue<>();
    private boolean closed;

    /** Queues a call; false once the inbox is closed. */
    public synchronized boolean submit(Call c) {
        if (closed) {
            return false;
        }
        queue.add(c);
        return true;
    }

    /** No more calls: workers stop once the queued ones are done. */
    public synchronized void close() {
        if (!closed) {
            closed = true;
            queue.add(END);
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** The next call, or null once the inbox is closed and empty; blocks (the caller has released its GIL). */
    Call take() throws InterruptedException {
        Call c = queue.take();
        if (c == END) {
            queue.add(END);
            return null;
        }
        return c;
    }

    /** Removes the calls not yet taken and cancels them (terminate). */
    public List<Call> cancelPending() {
        List<Call> drained = new ArrayList<>();
        queue.drainTo(drained);
        List<Call> cancelled = new ArrayList<>();
        for (Call c : drained) {
            if (c == END) {
                queue.add(END);
            } else if (c.cancel()) {
                cancelled.add(c);
            }
        }
        return cancelled;
    }

    public int pending() {
        return queue.size();
    }
}

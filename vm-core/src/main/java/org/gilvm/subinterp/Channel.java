package org.gilvm.subinterp;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gilvm.interp.ThreadState;

/**
 * A FIFO of copied values between interpreters: the pipe under {@code multiprocessing.Queue},
 * and how a finished {@link Call} announces itself to whoever collects results (its tag is
 * put here). Holds only {@link Snapshot}s, never an interpreter's objects; each interpreter
 * that has it sees it through its own {@link PyChannel}. Thread-safe; blocking operations
 * release the caller's GIL.
 */
public final class Channel {
    private final LinkedBlockingQueue<Snapshot> queue;
    private final int maxsize;

    /** {@code maxsize <= 0}: unbounded, as {@code multiprocessing.Queue(0)}. */
    public Channel(int maxsize) {
        this.maxsize = maxsize;
        this.queue = maxsize <= 0 ? new LinkedBlockingQueue<>() : new LinkedBlockingQueue<>(maxsize);
    }

    public int maxsize() {
        return maxsize;
    }

    public boolean bounded() {
        return maxsize > 0;
    }

    /** Puts {@code s}, waiting for room at most {@code timeoutNanos} (negative: for ever); false if there was none. */
    public boolean put(ThreadState ts, Snapshot s, boolean block, long timeoutNanos) {
        if (queue.offer(s)) {
            return true;
        }
        if (!block) {
            return false;
        }
        return Waits.await(ts, timeoutNanos, left -> {
            if (left < 0) {
                queue.put(s);
                return true;
            }
            return queue.offer(s, left, TimeUnit.NANOSECONDS);
        });
    }

    /** The next value, waiting at most {@code timeoutNanos} (negative: for ever); null if none came. */
    public Snapshot get(ThreadState ts, boolean block, long timeoutNanos) {
        Snapshot s = queue.poll();
        if (s != null || !block) {
            return s;
        }
        return Waits.await(ts, timeoutNanos, left -> left < 0 ? queue.take() : queue.poll(left, TimeUnit.NANOSECONDS));
    }

    /** A call's completion; never blocks (completion channels are unbounded). */
    void announce(long tag) {
        queue.offer(new Snapshot.Int(tag));
    }

    public int size() {
        return queue.size();
    }
}

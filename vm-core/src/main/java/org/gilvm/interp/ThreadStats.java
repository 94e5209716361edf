package org.gilvm.interp;

import org.gilvm.spi.SwitchReason;

/**
 * What one thread has done and waited for: the figures behind the GIL and contention
 * metrics. Written only by the thread itself (through its strategy), read by observers
 * from other threads without a lock, so a reader may see a value a moment old but never a
 * torn one (64-bit fields are written whole on the JVMs we run).
 */
public final class ThreadStats {
    /** What the thread is doing, for the threads-by-state gauge. */
    public enum State { RUNNING, WAITING_FOR_GIL, BLOCKED, EXITED }

    public volatile State state = State.RUNNING;

    /** Time from wanting the GIL to holding it, summed, and how many times it was taken. */
    public long gilWaitNanos, gilAcquisitions;
    /** Time holding the GIL, summed over tenures. */
    public long gilHoldNanos;
    /** Hand-overs to this thread, by the reason the previous holder let go. */
    public long switchesInterval, switchesBlocking, switchesExit, switchesYield;
    /** Times this thread, waiting, asked the holder to drop the GIL. */
    public long dropRequests;
    /** Times this thread woke while waiting and found the GIL still taken. */
    public long futileWakeups;
    /** CPU time spent waiting for the GIL (spinning, futile wake-ups): the wasted time slice. */
    public long wastedCpuNanos;
    /** Per-object lock acquisitions that had to wait, and the time spent waiting (no GIL). */
    public long objectLockContended, objectLockWaitNanos;

    /** Counts a hand-over to this thread. */
    public void countSwitch(SwitchReason reason) {
        switch (reason) {
            case INTERVAL -> switchesInterval++;
            case BLOCKING -> switchesBlocking++;
            case EXIT -> switchesExit++;
            case YIELD -> switchesYield++;
        }
    }
}

package org.gilvm.strategies.gil;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gilvm.events.GilHoldEvent;
import org.gilvm.events.GilSwitchEvent;
import org.gilvm.events.GilWaitEvent;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.ThreadStats;
import org.gilvm.spi.SwitchReason;

/**
 * What both GIL policies share: the state, guarded by {@code mutex}, and the bookkeeping of
 * a thread becoming the holder or letting go (waits, tenures, hand-overs by reason), counted
 * in the threads' {@link ThreadStats} always and reported as JFR events when a recording
 * wants them.
 */
abstract class GilBase implements GilLock {
    final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the GIL is let go: CPython's {@code gil->cond}. */
    final Condition released = mutex.newCondition();
    final GilClock clock = new GilClock();

    boolean locked;
    /** The thread holding the GIL, or the last one to hold it (CPython's last_holder). */
    ThreadState holder;
    private SwitchReason lastDropReason = SwitchReason.EXIT;
    private long holdStart;
    /** The current tenure's event, begun when a recording wants GIL holds; else null. */
    private GilHoldEvent holdEvent;
    private volatile long intervalNanos;

    GilBase(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    @Override
    public final long intervalNanos() {
        return intervalNanos;
    }

    @Override
    public final void setIntervalNanos(long nanos) {
        intervalNanos = nanos;
    }

    /**
     * Under {@code mutex}: the calling thread, which wanted the GIL since {@code t0} (and
     * {@code wait} began then), holds it now; {@code outcome} says how it got it.
     */
    final boolean becomeHolder(ThreadState ts, long t0, GilWaitEvent wait, String outcome, int futile) {
        ThreadStats st = ts.stats;
        locked = true;
        ThreadState previous = holder;
        boolean changed = previous != ts;
        if (changed) {
            if (previous != null) {
                st.countSwitch(lastDropReason);
                switchEvent(previous, ts, lastDropReason);
            }
            holder = ts;
        }
        long now = clock.now();
        holdStart = now;
        st.gilWaitNanos += now - t0;
        st.gilAcquisitions++;
        st.state = ThreadStats.State.RUNNING;
        wait.end();
        if (wait.shouldCommit()) {
            wait.pythonThread = ts.name();
            wait.outcome = outcome;
            wait.futileWakeups = futile;
            wait.commit();
        }
        GilHoldEvent hold = new GilHoldEvent();
        if (hold.isEnabled()) {
            hold.begin();
            holdEvent = hold;
        }
        return changed;
    }

    private static void switchEvent(ThreadState from, ThreadState to, SwitchReason reason) {
        GilSwitchEvent e = new GilSwitchEvent();
        if (e.shouldCommit()) {
            e.from = from.name();
            e.to = to.name();
            e.reason = reason.label();
            e.commit();
        }
    }

    /** Under {@code mutex}: the holder lets go, and one waiter is woken. */
    final void letGo(ThreadState ts, SwitchReason reason) {
        locked = false;
        lastDropReason = reason;
        ts.stats.gilHoldNanos += clock.now() - holdStart;
        GilHoldEvent hold = holdEvent;
        if (hold != null) {
            holdEvent = null;
            hold.end();
            if (hold.shouldCommit()) {
                hold.pythonThread = ts.name();
                hold.reason = reason.label();
                hold.commit();
            }
        }
        released.signal();
    }

    /** A wait for the GIL begins: its event, timed from now. */
    static GilWaitEvent waitEvent() {
        GilWaitEvent e = new GilWaitEvent();
        e.begin();
        return e;
    }

    /** The start of a wait: the thread's state for the gauge, and its CPU clock for the wasted slice. */
    final long beginWait(ThreadState ts) {
        ts.stats.state = ThreadStats.State.WAITING_FOR_GIL;
        return clock.threadCpu();
    }

    final void endWait(ThreadState ts, long cpu0) {
        ts.stats.wastedCpuNanos += clock.threadCpu() - cpu0;
    }

    /**
     * A Java interrupt (Ctrl-C reaching the main thread) cannot end a wait for the GIL: the
     * thread needs the GIL to raise KeyboardInterrupt. It is remembered and restored here.
     */
    static void restoreInterrupt(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

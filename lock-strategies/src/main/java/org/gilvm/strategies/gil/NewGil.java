package org.gilvm.strategies.gil;

import java.util.concurrent.locks.Condition;
import org.gilvm.events.GilDropRequestEvent;
import org.gilvm.events.GilWaitEvent;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.ThreadStats;
import org.gilvm.spi.SwitchReason;

/**
 * CPython 3.2+'s GIL ("the new GIL", Antoine Pitrou; Python/ceval_gil.c).
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>{@code locked} is true exactly while one thread may run Python code; that thread is
 *     {@code holder}. All fields are guarded by {@code mutex}.</li>
 * <li>{@code switchNumber} counts changes of holder; a waiter compares it before and after a
 *     timed wait to tell "nobody let go in a whole interval" from "it changed hands but not
 *     to me".</li>
 * </ul>
 *
 * <h2>Hand-over</h2>
 * A waiter waits on {@code released} for one switch interval (default 5 ms). If it times out,
 * the GIL is still taken and has not changed hands meanwhile, it sets the holder's
 * eval-breaker drop request; the holder sees it at its next switch point and drops the GIL
 * (take_gil's {@code SET_GIL_DROP_REQUEST}). A waiter woken while the GIL is still taken
 * (another waiter won, or a spurious wake-up) has woken for nothing: a futile wake-up.
 *
 * <h2>Forced switching</h2>
 * A holder that drops because it was asked waits on {@code switched} until another thread
 * holds the GIL, so it cannot take it straight back (CPython's FORCE_SWITCHING, on by
 * default). It stops waiting if no thread is waiting any more.
 *
 * <h2>Memory ordering</h2>
 * Taking and dropping go through {@code mutex}, so everything the previous holder wrote
 * happens-before everything the next holder reads: the plain reference counts and container
 * fields need no further fences (the guarantee CPython's GIL gives C code).
 *
 * <h2>Differences from CPython</h2>
 * One Java lock plays both of CPython's mutexes ({@code mutex} and {@code switch_mutex}); the
 * drop request is a bit in the holder's own eval-breaker rather than an interpreter-wide flag,
 * and is cleared when that thread next takes the GIL, as RESET_GIL_DROP_REQUEST does.
 */
final class NewGil extends GilBase {
    /** Signalled when a new holder has taken the GIL: CPython's {@code gil->switch_cond}. */
    private final Condition switched = mutex.newCondition();
    private long switchNumber;
    private int waiters;

    NewGil(long intervalNanos) {
        super(intervalNanos);
    }

    @Override
    public void take(ThreadState ts) {
        ThreadStats st = ts.stats;
        long t0 = clock.now();
        GilWaitEvent wait = waitEvent();
        String outcome = GilWaitEvent.IMMEDIATE;
        int futile = 0;
        boolean interrupted = false;
        mutex.lock();
        try {
            if (locked) {
                outcome = GilWaitEvent.WAITED;
                long cpu0 = beginWait(ts);
                waiters++;
                while (locked) {
                    long saved = switchNumber;
                    long left;
                    try {
                        left = released.awaitNanos(intervalNanos());
                    } catch (InterruptedException e) {
                        interrupted = true;
                        left = 1;
                    }
                    if (locked) {
                        if (left <= 0 && switchNumber == saved) {
                            holder.requestBreak(ThreadState.BREAK_DROP_REQUEST);
                            st.dropRequests++;
                            outcome = GilWaitEvent.DROP_REQUEST;
                            dropRequestEvent(ts, holder);
                        } else if (left > 0) {
                            st.futileWakeups++;
                            futile++;
                        }
                    }
                }
                waiters--;
                endWait(ts, cpu0);
            }
            if (becomeHolder(ts, t0, wait, outcome, futile)) {
                switchNumber++;
            }
            switched.signalAll();
            // Any request made of this thread was made when it last held the GIL: void now.
            ts.clearBreak(ThreadState.BREAK_DROP_REQUEST);
        } finally {
            mutex.unlock();
        }
        restoreInterrupt(interrupted);
    }

    private static void dropRequestEvent(ThreadState ts, ThreadState holder) {
        GilDropRequestEvent e = new GilDropRequestEvent();
        if (e.shouldCommit()) {
            e.pythonThread = ts.name();
            e.holder = holder.name();
            e.commit();
        }
    }

    @Override
    public void drop(ThreadState ts, SwitchReason reason) {
        boolean asked = (ts.evalBreaker & ThreadState.BREAK_DROP_REQUEST) != 0;
        mutex.lock();
        try {
            letGo(ts, reason);
            if (asked && reason != SwitchReason.EXIT) {
                ts.clearBreak(ThreadState.BREAK_DROP_REQUEST);
                while (holder == ts && waiters > 0) {
                    switched.awaitUninterruptibly();
                }
            }
        } finally {
            mutex.unlock();
        }
    }
}

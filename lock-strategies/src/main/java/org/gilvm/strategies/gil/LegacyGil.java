package org.gilvm.strategies.gil;

import org.gilvm.events.GilWaitEvent;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.ThreadStats;
import org.gilvm.spi.SwitchReason;

/**
 * The GIL before CPython 3.2: a plain lock, released and at once taken again every
 * {@code check-interval} instructions (CPython 2's {@code _Py_Ticker}, default 100), with no
 * hand-off. The thread that lets go is already running and usually wins the race to take it
 * back; the thread it woke finds it taken and goes back to sleep. On several cores this is
 * the behaviour David Beazley measured ("Inside the Python GIL", 2009): CPU-bound threads
 * fight over the lock, most wake-ups are futile, and I/O threads wait long.
 *
 * <p>Invariants and memory ordering as {@link NewGil}: all state under {@code mutex}.
 */
final class LegacyGil extends GilBase {
    LegacyGil(long intervalNanos) {
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
                while (locked) {
                    try {
                        released.await();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                    if (locked) {
                        st.futileWakeups++;
                        futile++;
                    }
                }
                endWait(ts, cpu0);
            }
            becomeHolder(ts, t0, wait, outcome, futile);
        } finally {
            mutex.unlock();
        }
        restoreInterrupt(interrupted);
    }

    @Override
    public void drop(ThreadState ts, SwitchReason reason) {
        mutex.lock();
        try {
            letGo(ts, reason);
        } finally {
            mutex.unlock();
        }
    }
}

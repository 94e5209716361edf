package org.gilvm.strategies.gil;

import org.gilvm.interp.ThreadState;
import org.gilvm.spi.SwitchReason;

/** The lock itself, under one of the two policies ({@link NewGil}, {@link LegacyGil}). */
interface GilLock {
    /** Blocks until the calling thread holds the GIL. */
    void take(ThreadState ts);

    /** The calling thread, which holds the GIL, lets go of it. */
    void drop(ThreadState ts, SwitchReason reason);

    void setIntervalNanos(long nanos);

    long intervalNanos();
}

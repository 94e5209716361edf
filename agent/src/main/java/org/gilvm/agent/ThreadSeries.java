package org.gilvm.agent;

import io.micrometer.core.instrument.Counter;

/**
 * What the agent remembers of one Python thread between its snapshots: the totals last seen
 * (one per {@link ThreadTotal}), the counters they feed, and the state it was last counted in.
 * Touched only on the event stream's thread.
 */
final class ThreadSeries {
    /** Not yet counted in any state, or never again (exited). */
    static final int NO_STATE = -1;

    final String name;
    final long[] last = new long[ThreadTotal.ALL.length];
    final Counter[] counters = new Counter[ThreadTotal.ALL.length];
    int state = NO_STATE;
    boolean exited;

    ThreadSeries(String name) {
        this.name = name;
    }
}

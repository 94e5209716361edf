/**
 * The JFR events gilvm emits (namespace {@code gilvm.}): what each execution strategy costs,
 * as it happens. Duration and instant events are committed only when {@code shouldCommit()}
 * says a recording wants them, so with no recording running they cost one allocation that
 * escape analysis usually removes, on paths (GIL hand-over, contended locks) that are slow
 * anyway. {@link ThreadStatsEvent} and {@link RunInfoEvent} are periodic snapshots of the
 * cheap counters the VM keeps all the time (see {@link LiveRuns}).
 *
 * <p>The agent module turns these into Prometheus metrics; {@code jfr print --events 'gilvm.*'}
 * and JDK Mission Control read them from a recording file.
 */
package org.gilvm.events;

package org.gilvm.agent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jdk.jfr.consumer.RecordedEvent;
import org.gilvm.spi.SwitchReason;

/**
 * The running totals a {@code gilvm.ThreadStats} snapshot carries that become counters, each
 * with where it goes. A snapshot holds totals since the thread began; the counter grows by
 * what the total grew since the same thread's previous snapshot. Per-thread totals feed
 * per-thread counters; switches and reference-count operations feed counters shared by all
 * threads (Micrometer hands every thread the same counter for the same name and tags).
 */
enum ThreadTotal {
    INSTRUCTIONS("instructions", false),
    DROP_REQUESTS("dropRequests", true),
    FUTILE_WAKEUPS("futileWakeups", true),
    WASTED_CPU("wastedCpu", true),
    VOLUNTARY_SWITCHES("voluntaryContextSwitches", false),
    INVOLUNTARY_SWITCHES("involuntaryContextSwitches", false),
    SWITCHES_INTERVAL("switchesInterval", true),
    SWITCHES_BLOCKING("switchesBlocking", true),
    SWITCHES_EXIT("switchesExit", true),
    SWITCHES_YIELD("switchesYield", true),
    INCREFS("increfs", false),
    DECREFS("decrefs", false);

    static final ThreadTotal[] ALL = values();

    /** The ThreadStats field holding the total. */
    final String field;
    /**
     * Only a strategy with a GIL has this figure: under the others it stays zero, and its
     * counter is made only if it ever moves, so a GIL-free run shows no GIL series.
     */
    final boolean gilOnly;

    ThreadTotal(String field, boolean gilOnly) {
        this.field = field;
        this.gilOnly = gilOnly;
    }

    /** The total in {@code e}; negative when the OS does not say (context switches). */
    long read(RecordedEvent e) {
        return e.getLong(field);
    }

    /** How much one unit of the total adds to the counter: nanoseconds of CPU become seconds. */
    double scale() {
        return this == WASTED_CPU ? 1e-9 : 1;
    }

    /**
     * The counter this total feeds for {@code thread}, or null when it has none: reference
     * counts under a strategy that keeps none ({@code refcountMode} {@code none}).
     */
    Counter counter(MeterRegistry registry, String thread, String refcountMode) {
        return switch (this) {
            case INSTRUCTIONS -> perThread(MeterNames.BYTECODES, thread,
                    "Bytecode instructions executed").register(registry);
            case DROP_REQUESTS -> perThread(MeterNames.GIL_DROP_REQUESTS, thread,
                    "Times a waiter asked the GIL's holder to drop it").register(registry);
            case FUTILE_WAKEUPS -> perThread(MeterNames.GIL_FUTILE_WAKEUPS, thread,
                    "Times a waiter woke and found the GIL still taken").register(registry);
            case WASTED_CPU -> perThread(MeterNames.WASTED_TIMESLICE, thread,
                    "CPU time spent unable to run Python code because another thread held the GIL")
                    .baseUnit(MeterNames.SECONDS).register(registry);
            case VOLUNTARY_SWITCHES -> contextSwitches(registry, thread, "voluntary");
            case INVOLUNTARY_SWITCHES -> contextSwitches(registry, thread, "involuntary");
            case SWITCHES_INTERVAL, SWITCHES_BLOCKING, SWITCHES_EXIT, SWITCHES_YIELD ->
                    Counter.builder(MeterNames.GIL_SWITCHES).tag(MeterNames.TAG_REASON, reason())
                            .description("GIL hand-overs, by why the previous holder let go").register(registry);
            case INCREFS, DECREFS -> "none".equals(refcountMode) || refcountMode == null ? null
                    : Counter.builder(MeterNames.REFCOUNT_OPS)
                            .tag(MeterNames.TAG_OP, this == INCREFS ? "incref" : "decref")
                            .tag(MeterNames.TAG_MODE, refcountMode)
                            .description("Reference count increments and decrements").register(registry);
        };
    }

    /** The {@code reason} label of a switch total. */
    private String reason() {
        SwitchReason r = switch (this) {
            case SWITCHES_INTERVAL -> SwitchReason.INTERVAL;
            case SWITCHES_BLOCKING -> SwitchReason.BLOCKING;
            case SWITCHES_EXIT -> SwitchReason.EXIT;
            case SWITCHES_YIELD -> SwitchReason.YIELD;
            default -> throw new IllegalStateException(this + " is not a switch total");
        };
        return r.label();
    }

    private static Counter.Builder perThread(String name, String thread, String description) {
        return Counter.builder(name).tag(MeterNames.TAG_THREAD, thread).description(description);
    }

    private static Counter contextSwitches(MeterRegistry registry, String thread, String kind) {
        return perThread(MeterNames.CONTEXT_SWITCHES, thread,
                "Context switches of the thread's OS thread, from /proc")
                .tag(MeterNames.TAG_KIND, kind).register(registry);
    }
}

package org.gilvm.agent;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;

/**
 * {@code jvm_gc_pause_seconds{gc,action,cause}}, the pause timer of Micrometer's
 * {@code JvmGcMetrics} (same name, tags and description), fed by JFR's own
 * {@code jdk.GarbageCollection} events instead of JMX notifications.
 *
 * <p>Why not the binder: it asks the JVM for a JMX notification per collection, which
 * builds a GcInfo and its CompositeData for every memory pool, and then converts it back;
 * about half a millisecond of CPU per collection here. A gilvm program allocates an int
 * object per increment past 256, and the two-thread count loop collects its 32 MB young
 * generation about 55 times a second, and the binder alone made it about 6% slower (the
 * agent's whole budget is 3%). JFR writes the same facts from inside the collector for next to
 * nothing. Micrometer's other GC meters (allocated and promoted bytes, live data size),
 * which come from the same notifications, are left out.
 *
 * <p>Threads: called on the event stream's thread only.
 */
final class GcPauses {
    static final String EVENT = "jdk.GarbageCollection";

    private final MeterRegistry registry;
    private final Map<String, Timer> byCollectorAndCause = new HashMap<>();

    GcPauses(MeterRegistry registry) {
        this.registry = registry;
    }

    void onGarbageCollection(RecordedEvent e) {
        String gc = e.getString("name");
        String cause = e.getString("cause");
        String key = gc + '\u0000' + cause;
        Timer t = byCollectorAndCause.get(key);
        if (t == null) {
            t = Timer.builder("jvm.gc.pause").tag("gc", gc).tag("action", action(gc)).tag("cause", cause)
                    .description("Time spent in GC pause").register(registry);
            byCollectorAndCause.put(key, t);
        }
        t.record(e.getDuration("sumOfPauses"));
    }

    /** JMX's words for a young and an old collection, from HotSpot's JFR collector names. */
    private static String action(String gc) {
        return switch (gc) {
            case "DefNew", "ParallelScavenge", "G1New" -> "end of minor GC";
            default -> "end of major GC";
        };
    }
}

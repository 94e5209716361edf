package org.gilvm.agent;

import java.time.Duration;
import java.util.function.Function;
import jdk.jfr.Event;
import jdk.jfr.EventSettings;
import org.gilvm.events.GilDropRequestEvent;
import org.gilvm.events.GilHoldEvent;
import org.gilvm.events.GilSwitchEvent;
import org.gilvm.events.GilWaitEvent;
import org.gilvm.events.ObjectLockContentionEvent;
import org.gilvm.events.RefcountErrorEvent;
import org.gilvm.events.RunInfoEvent;
import org.gilvm.events.ThreadStatsEvent;

/**
 * Which of gilvm's JFR events a recording enables, and how: duration events with no
 * threshold (a 20 µs GIL wait counts as much as a long one), snapshots every second, no
 * stack traces. Shared by the meters' stream and the {@code --jfr} file.
 */
final class GilvmEvents {
    private GilvmEvents() {}

    static final Duration PERIOD = Duration.ofSeconds(1);

    /** The events the meters are made from (GilSwitch and GilDropRequest are counted in the snapshots). */
    static void enableForMeters(Function<Class<? extends Event>, EventSettings> enable) {
        duration(enable, GilWaitEvent.class);
        duration(enable, GilHoldEvent.class);
        duration(enable, ObjectLockContentionEvent.class);
        enable.apply(RefcountErrorEvent.class).withoutStackTrace();
        periodic(enable, ThreadStatsEvent.class);
        periodic(enable, RunInfoEvent.class);
    }

    /** Every gilvm event, for a recording a person reads. */
    static void enableAll(Function<Class<? extends Event>, EventSettings> enable) {
        enableForMeters(enable);
        enable.apply(GilSwitchEvent.class).withoutStackTrace();
        enable.apply(GilDropRequestEvent.class).withoutStackTrace();
    }

    private static void duration(Function<Class<? extends Event>, EventSettings> enable, Class<? extends Event> c) {
        enable.apply(c).withThreshold(Duration.ZERO).withoutStackTrace();
    }

    private static void periodic(Function<Class<? extends Event>, EventSettings> enable, Class<? extends Event> c) {
        enable.apply(c).withPeriod(PERIOD).withoutStackTrace();
    }
}

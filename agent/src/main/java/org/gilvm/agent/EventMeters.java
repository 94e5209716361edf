package org.gilvm.agent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.consumer.RecordedEvent;

/**
 * gilvm's JFR events as meters, for one run. Duration events (GIL waits and tenures, waits
 * for per-object locks) and refcount errors are recorded as they arrive; the cumulative
 * totals in {@code gilvm.ThreadStats} snapshots become counters by adding what each total
 * grew since the same thread's previous snapshot (the VM writes a last snapshot when a thread
 * ends, so the counters end exact), and the latest snapshot's state feeds the threads gauge.
 *
 * <p>Threads: the {@code on...} methods are called on the event stream's one thread, so the
 * per-thread bookkeeping needs no lock; scrapes read the meters (thread-safe) and the
 * gauge's atomic counts from the HTTP server's threads.
 */
final class EventMeters {
    /** Histogram range: an uncontended GIL take is about a microsecond, a long wait seconds. */
    private static final Duration MIN_EXPECTED = Duration.ofNanos(1_000);
    private static final Duration MAX_EXPECTED = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final String run;
    /** By threading.get_ident(), within this run. */
    private final Map<Long, ThreadSeries> threads = new HashMap<>();
    /** Live threads per {@link MeterNames#THREAD_STATES} entry. */
    private final AtomicInteger[] inState = new AtomicInteger[MeterNames.THREAD_STATES.length];
    private final Map<String, Counter> refcountErrors = new HashMap<>();
    private final Map<String, Timer> lockWaits = new HashMap<>();
    private final Map<String, Counter> locksContended = new HashMap<>();
    /** Whether the run's strategy has a GIL (from gilvm.RunInfo): its GIL series are then shown from the start. */
    private boolean gil;
    private Timer gilWait;
    private Timer gilHold;
    private final GcPauses gcPauses;

    /** Registers the meters every run has; the registry's common tags must be set already. */
    EventMeters(MeterRegistry registry, String run) {
        this.registry = registry;
        this.run = run;
        for (int i = 0; i < inState.length; i++) {
            AtomicInteger n = new AtomicInteger();
            inState[i] = n;
            Gauge.builder(MeterNames.THREADS, n, AtomicInteger::get).tag(MeterNames.TAG_STATE, MeterNames.THREAD_STATES[i])
                    .description("Live Python threads by what they are doing").strongReference(true).register(registry);
        }
        for (String kind : MeterNames.REFCOUNT_ERROR_KINDS) {
            refcountError(kind);
        }
        gcPauses = new GcPauses(registry);
    }

    void onRunInfo(RecordedEvent e) {
        if (!run.equals(e.getString("run"))) {
            return;
        }
        if (e.getBoolean("gilEnabled") && !gil) {
            gil = true;
            gilWait();
            gilHold();
            // Snapshots that came before this event skipped the GIL counters still at zero
            // (futile wake-ups may never move): the threads seen so far get them now.
            for (ThreadSeries t : threads.values()) {
                for (ThreadTotal total : ThreadTotal.ALL) {
                    if (total.gilOnly && t.counters[total.ordinal()] == null) {
                        t.counters[total.ordinal()] = total.counter(registry, t.name, null);
                    }
                }
            }
        }
        if (e.getBoolean("ended")) {
            for (ThreadSeries t : threads.values()) {
                leaveState(t);
                t.exited = true;
            }
        }
    }

    void onThreadStats(RecordedEvent e) {
        if (!run.equals(e.getString("run"))) {
            return;
        }
        long ident = e.getLong("ident");
        ThreadSeries t = threads.get(ident);
        if (t == null) {
            t = new ThreadSeries(e.getString("pythonThread"));
            threads.put(ident, t);
        }
        String mode = e.getString("refcountMode");
        for (ThreadTotal total : ThreadTotal.ALL) {
            advance(t, total, total.read(e), mode);
        }
        countState(t, e.getString("state"));
    }

    void onGilWait(RecordedEvent e) {
        gilWait().record(e.getDuration());
    }

    void onGilHold(RecordedEvent e) {
        gilHold().record(e.getDuration());
    }

    void onObjectLockContention(RecordedEvent e) {
        String type = e.getString("objectType");
        Timer wait = lockWaits.get(type);
        if (wait == null) {
            wait = histogram(Timer.builder(MeterNames.OBJECT_LOCK_WAIT).tag(MeterNames.TAG_TYPE, type)
                    .description("Time waiting for a contended per-object lock"));
            lockWaits.put(type, wait);
            locksContended.put(type, Counter.builder(MeterNames.OBJECT_LOCK_CONTENDED).tag(MeterNames.TAG_TYPE, type)
                    .description("Per-object lock acquisitions that had to wait").register(registry));
        }
        wait.record(e.getDuration());
        locksContended.get(type).increment();
    }

    void onGarbageCollection(RecordedEvent e) {
        gcPauses.onGarbageCollection(e);
    }

    void onRefcountError(RecordedEvent e) {
        String kind = e.getString("kind");
        refcountError(kind == null ? "unknown" : kind.replace('-', '_')).increment();
    }

    /** The counter fed by {@code total} grows by what it grew since the thread's last snapshot. */
    private void advance(ThreadSeries t, ThreadTotal total, long value, String mode) {
        int i = total.ordinal();
        if (value < 0) {
            return;
        }
        long delta = value - t.last[i];
        if (delta > 0) {
            t.last[i] = value;
        }
        Counter c = t.counters[i];
        if (c == null) {
            if (total.gilOnly && !gil && delta <= 0) {
                return;
            }
            c = total.counter(registry, t.name, mode);
            if (c == null) {
                return;
            }
            t.counters[i] = c;
        }
        if (delta > 0) {
            c.increment(delta * total.scale());
        }
    }

    private void countState(ThreadSeries t, String state) {
        if (t.exited) {
            return;
        }
        int s = ThreadSeries.NO_STATE;
        for (int i = 0; i < MeterNames.THREAD_STATES.length; i++) {
            if (MeterNames.THREAD_STATES[i].equals(state)) {
                s = i;
            }
        }
        if (s != t.state) {
            leaveState(t);
            if (s != ThreadSeries.NO_STATE) {
                inState[s].incrementAndGet();
            }
            t.state = s;
        }
        // Any state the gauge does not show is "exited": a thread never comes back from it.
        t.exited = s == ThreadSeries.NO_STATE;
    }

    private void leaveState(ThreadSeries t) {
        if (t.state != ThreadSeries.NO_STATE) {
            inState[t.state].decrementAndGet();
            t.state = ThreadSeries.NO_STATE;
        }
    }

    private Counter refcountError(String kind) {
        return refcountErrors.computeIfAbsent(kind, k -> Counter.builder(MeterNames.REFCOUNT_ERRORS)
                .tag(MeterNames.TAG_KIND, k).description("Reference count errors the VM detected").register(registry));
    }

    private Timer gilWait() {
        Timer t = gilWait;
        if (t == null) {
            t = histogram(Timer.builder(MeterNames.GIL_WAIT).description("Time from wanting the GIL to holding it"));
            gilWait = t;
        }
        return t;
    }

    private Timer gilHold() {
        Timer t = gilHold;
        if (t == null) {
            t = histogram(Timer.builder(MeterNames.GIL_HOLD).description("One tenure of the GIL"));
            gilHold = t;
        }
        return t;
    }

    private Timer histogram(Timer.Builder b) {
        return b.publishPercentileHistogram().minimumExpectedValue(MIN_EXPECTED).maximumExpectedValue(MAX_EXPECTED)
                .register(registry);
    }
}

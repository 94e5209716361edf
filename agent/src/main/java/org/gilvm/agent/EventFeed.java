package org.gilvm.agent;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.gilvm.events.ThreadStatsEvent;

/**
 * The in-process JFR consumer: a {@link RecordingStream} of the gilvm events the meters are
 * made from, turned into meters by {@link EventMeters}.
 *
 * <p>Threads: the stream runs {@code start()} on a daemon thread of its own (the thread
 * {@code startAsync()} makes is not a daemon, and the JVM would never exit), and every
 * action runs there. {@link #finish} and {@link #close} are called by the agent's owner.
 *
 * <p>Binding: in the cli the run is known before the program starts and the meters exist
 * from the start; as a {@code -javaagent} the first {@code gilvm.RunInfo} names the run and
 * strategy, and {@code bind} is asked then for the meters (events before it are dropped:
 * the stream is ordered, and the VM writes a RunInfo before the program's first
 * instruction, so only events of an earlier run in the same JVM can come first).
 */
final class EventFeed implements AutoCloseable {
    /** How long start-up waits for the recording to run, so the program's first events are seen. */
    private static final Duration READY_WAIT = Duration.ofSeconds(3);
    /** Chunks older than this are dropped from the disk repository: the stream has read them. */
    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final RecordingStream stream;
    /** Set before the stream's thread starts. */
    private BiFunction<String, String, EventMeters> bind;
    private final AtomicBoolean failed = new AtomicBoolean();
    private volatile boolean closing;
    /** Set before the stream's thread starts; then only touched on that thread. */
    private EventMeters meters;

    private EventFeed(RecordingStream stream) {
        this.stream = stream;
        GilvmEvents.enableForMeters(stream::enable);
        stream.enable(GcPauses.EVENT);
        // The actions copy what they need out of each event, so the stream may reuse them.
        stream.setReuse(true);
        // Ordered, so a RunInfo comes before the events it explains (see the class comment).
        stream.setOrdered(true);
        stream.setMaxAge(MAX_AGE);
        stream.onEvent("gilvm.RunInfo", this::onRunInfo);
        stream.onEvent("gilvm.ThreadStats", e -> toMeters(e, EventMeters::onThreadStats));
        stream.onEvent("gilvm.GilWait", e -> toMeters(e, EventMeters::onGilWait));
        stream.onEvent("gilvm.GilHold", e -> toMeters(e, EventMeters::onGilHold));
        stream.onEvent("gilvm.ObjectLockContention", e -> toMeters(e, EventMeters::onObjectLockContention));
        stream.onEvent("gilvm.RefcountError", e -> toMeters(e, EventMeters::onRefcountError));
        stream.onEvent(GcPauses.EVENT, e -> toMeters(e, EventMeters::onGarbageCollection));
        stream.onError(this::failed);
    }

    /**
     * Opens the stream on a daemon thread and returns at once: opening initialises JFR,
     * the slowest part of the agent's start-up, which so overlaps the caller's own work
     * (loading Micrometer, binding the endpoint). {@link #start} then starts it.
     */
    static FutureTask<EventFeed> open() {
        FutureTask<EventFeed> open = new FutureTask<>(() -> {
            RecordingStream stream;
            try {
                stream = new RecordingStream();
            } catch (RuntimeException | Error e) {
                throw new AgentException("JFR is not available (" + AgentLog.reason(e) + ")");
            }
            return new EventFeed(stream);
        });
        Thread.ofPlatform().daemon().name("gilvm-metrics-open").start(open);
        return open;
    }

    /** The feed {@link #open} opened, or why not. */
    static EventFeed opened(FutureTask<EventFeed> open) throws AgentException {
        try {
            return open.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AgentException a) {
                throw a;
            }
            throw new AgentException("JFR is not available (" + AgentLog.reason(e.getCause()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentException("interrupted while starting JFR");
        }
    }

    /**
     * Starts the stream and waits (a few seconds at most) until it records.
     *
     * @param bound the run's meters when the run is known, else null
     * @param bind makes the meters for a run and strategy first seen in a RunInfo event
     */
    void start(EventMeters bound, BiFunction<String, String, EventMeters> bind) {
        this.meters = bound;
        this.bind = bind;
        Thread.ofPlatform().daemon().name("gilvm-metrics-events").start(this::run);
        awaitRecording();
    }

    private void run() {
        try {
            stream.start();
        } catch (RuntimeException e) {
            if (!closing) {
                failed(e);
            }
        }
    }

    /** Hands {@code e} to the meters; before the run is known, drops it. */
    private void toMeters(RecordedEvent e, BiConsumer<EventMeters, RecordedEvent> action) {
        EventMeters m = meters;
        if (m != null) {
            action.accept(m, e);
        }
    }

    private void onRunInfo(RecordedEvent e) {
        if (meters == null) {
            meters = bind.apply(e.getString("run"), e.getString("strategy"));
        }
        meters.onRunInfo(e);
    }

    private void failed(Throwable t) {
        if (failed.compareAndSet(false, true)) {
            AgentLog.metrics("reading the JFR event stream failed (" + AgentLog.reason(t)
                    + "); metrics may stop updating for this run");
        }
    }

    /**
     * Waits until a recording enables the events, polling: JFR says when a recording's state
     * changes only through a listener shared by every recording in the JVM.
     */
    private static void awaitRecording() {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        ThreadStatsEvent probe = new ThreadStatsEvent();
        while (!probe.isEnabled() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    /**
     * Stops the recording and returns once every event recorded until now has gone into the
     * meters: the final snapshots written as the program ended included.
     */
    void finish() {
        try {
            stream.stop();
        } catch (RuntimeException e) {
            // The stream failed or was closed already: failed() has said so, or it is closing.
        }
    }

    @Override
    public void close() {
        closing = true;
        stream.close();
    }
}

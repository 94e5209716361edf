package org.gilvm.agent;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.gilvm.interp.RunEvents;

/**
 * gilvm's metrics, live: JFR events in ({@link EventFeed}), Micrometer meters
 * ({@link EventMeters}, the JVM binders, GC pauses from JFR), a Prometheus endpoint out
 * ({@link MetricsEndpoint}). Started by the cli for {@code --metrics} or by
 * {@link AgentMain} as a {@code -javaagent}.
 *
 * <p>Every series carries {@code application=gilvm}, {@code strategy} and {@code run}. When
 * the settings name the run, the meters are bound at once; otherwise (the javaagent) when
 * the first {@code gilvm.RunInfo} event names it.
 *
 * <p>A failure prints one line on stderr and leaves the program alone: {@link #start}
 * then returns nothing and costs the run nothing more.
 */
public final class MetricsAgent implements AutoCloseable {
    /**
     * What the agent needs to know.
     *
     * @param host the address to listen on (a name or a literal; 127.0.0.1 unless configured)
     * @param port the port, 0 for any free one
     * @param run the run's label, or null to take it from the first RunInfo event
     * @param strategy the strategy's id, or null (with {@code run})
     * @param codeCache the VM's code cache, published through Micrometer's Caffeine binder, or null
     */
    public record Settings(String host, int port, String run, String strategy,
                           Supplier<? extends Cache<?, ?>> codeCache) {
        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 9464;

        /** Listening on {@code host:port}, learning the run from its events. */
        public static Settings listening(String host, int port) {
            return new Settings(host, port, null, null, null);
        }

        /** These settings for a run known up front. */
        public Settings forRun(String runId, String strategyId) {
            return new Settings(host, port, runId, strategyId, codeCache);
        }

        public Settings withCodeCache(Supplier<? extends Cache<?, ?>> cache) {
            return new Settings(host, port, run, strategy, cache);
        }
    }

    private final PrometheusMeterRegistry registry;
    private final MetricsEndpoint endpoint;
    private final Supplier<? extends Cache<?, ?>> codeCache;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = Thread.ofPlatform().unstarted(this::close);
    private volatile EventFeed feed;

    private MetricsAgent(PrometheusMeterRegistry registry, MetricsEndpoint endpoint,
                         Supplier<? extends Cache<?, ?>> codeCache) {
        this.registry = registry;
        this.endpoint = endpoint;
        this.codeCache = codeCache;
    }

    /**
     * Binds the endpoint, then starts the event stream; returns once the stream records (so
     * a program started next is seen from its first event), or empty after printing why not.
     */
    public static Optional<MetricsAgent> start(Settings settings) {
        RunEvents.registerHooks();
        FutureTask<EventFeed> opening = EventFeed.open();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MetricsEndpoint endpoint;
        try {
            endpoint = MetricsEndpoint.bind(settings.host(), settings.port(), registry.getPrometheusRegistry());
        } catch (AgentException e) {
            registry.close();
            closeWhenOpen(opening);
            AgentLog.metrics(e.getMessage() + "; metrics are off for this run");
            return Optional.empty();
        }
        MetricsAgent a = new MetricsAgent(registry, endpoint, settings.codeCache());
        try {
            a.feed = EventFeed.opened(opening);
            a.feed.start(settings.run() == null ? null : a.bind(settings.run(), settings.strategy()), a::bind);
        } catch (AgentException | RuntimeException e) {
            a.close();
            AgentLog.metrics(AgentLog.reason(e) + "; metrics are off for this run");
            return Optional.empty();
        }
        Runtime.getRuntime().addShutdownHook(a.shutdownHook);
        return Optional.of(a);
    }

    /** The endpoint failed: the stream opened meanwhile, if it did, is not wanted. */
    private static void closeWhenOpen(FutureTask<EventFeed> opening) {
        try {
            EventFeed.opened(opening).close();
        } catch (AgentException e) {
            // JFR failed too: nothing was opened, and the endpoint's failure is the one to report.
        }
    }

    /** The run's common tags, the JVM's binders and the run's meters: once per agent. */
    private EventMeters bind(String run, String strategy) {
        registry.config().commonTags(MeterNames.TAG_APPLICATION, MeterNames.APPLICATION,
                MeterNames.TAG_STRATEGY, strategy == null ? "unknown" : strategy, MeterNames.TAG_RUN, run);
        AgentBinders.bindJvm(registry);
        if (codeCache != null) {
            AgentBinders.bindCodeCache(registry, codeCache);
        }
        return new EventMeters(registry, run);
    }

    /** The port the endpoint listens on. */
    public int port() {
        return endpoint.port();
    }

    /**
     * The program has ended. With a {@code linger}, takes in its last events (the final
     * snapshots), then keeps the endpoint up that long so that a scrape sees the final
     * values; without one, closes at once: draining the stream waits for JFR's next flush,
     * up to a second nobody could scrape.
     */
    public void finish(Duration linger) {
        if (!linger.isZero() && !linger.isNegative()) {
            EventFeed f = feed;
            if (f != null) {
                f.finish();
            }
            try {
                Thread.sleep(linger);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        EventFeed f = feed;
        if (f != null) {
            f.close();
        }
        endpoint.close();
        registry.close();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
                // Exiting already (the hook list is frozen), or start() failed before adding it.
            }
        }
    }
}

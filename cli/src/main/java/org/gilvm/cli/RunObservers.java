package org.gilvm.cli;

import com.github.benmanes.caffeine.cache.Cache;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.gilvm.agent.JfrFile;
import org.gilvm.agent.MetricsAgent;
import org.gilvm.interp.CodeCache;

/**
 * What watches a run: the Prometheus endpoint ({@code --metrics}, {@code metrics.prometheus})
 * and the JFR recording file ({@code --jfr}, {@code metrics.jfr}). Both start before the
 * program and finish after it; either failing prints one line and the program runs anyway.
 * Only {@link Launch} refers to this class, and only when one of them is asked for, so a
 * plain run loads none of Micrometer's or JFR's classes.
 */
final class RunObservers {
    /**
     * The VM's compiled-code cache, published through Micrometer's Caffeine binder
     * ({@code cache_*{cache="gilvm.code"}}): the one place the cli hands it to the agent.
     */
    static final Supplier<? extends Cache<?, ?>> CODE_CACHE = () -> CodeCache.shared().cache();

    private final Optional<MetricsAgent> metrics;
    private final Optional<JfrFile> jfr;
    private final Duration linger;

    private RunObservers(Optional<MetricsAgent> metrics, Optional<JfrFile> jfr, Duration linger) {
        this.metrics = metrics;
        this.jfr = jfr;
        this.linger = linger;
    }

    /** Whether {@code config} and the flags ask for anything to watch the run. */
    static boolean wanted(Config config, StrategyOptions options) {
        return options.metricsOn(config) || config.jfr() != null;
    }

    /**
     * Starts what is asked for, for the run {@code runId} under the strategy {@code strategyId}.
     * The metrics come first: they wait until their stream records, and the file's recording
     * must not be mistaken for it.
     */
    static RunObservers start(Config config, StrategyOptions options, String runId, String strategyId) {
        Optional<MetricsAgent> metrics = Optional.empty();
        if (options.metricsOn(config)) {
            InetSocketAddress at = config.prometheus();
            MetricsAgent.Settings settings = at == null
                    ? MetricsAgent.Settings.listening(MetricsAgent.Settings.DEFAULT_HOST, MetricsAgent.Settings.DEFAULT_PORT)
                    : MetricsAgent.Settings.listening(at.getHostString(), at.getPort());
            metrics = MetricsAgent.start(settings.forRun(runId, strategyId).withCodeCache(CODE_CACHE));
        }
        Optional<JfrFile> jfr = config.jfr() == null ? Optional.empty() : JfrFile.start(config.jfr());
        return new RunObservers(metrics, jfr, config.linger() == null ? Duration.ZERO : config.linger());
    }

    /** The program has ended: the recording is written, the endpoint lingers if asked, then closes. */
    void finish() {
        jfr.ifPresent(JfrFile::finish);
        metrics.ifPresent(m -> m.finish(linger));
    }
}

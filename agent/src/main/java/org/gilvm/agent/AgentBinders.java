package org.gilvm.agent;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.util.function.Supplier;

/** Micrometer's own binders the agent publishes beside gilvm's meters. */
public final class AgentBinders {
    private AgentBinders() {}

    /**
     * The JVM's memory, threads, class loading, CPU and uptime: read when scraped, so free
     * between scrapes. GC pauses come from JFR instead of {@code JvmGcMetrics}
     * ({@link GcPauses} says why).
     */
    static void bindJvm(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /**
     * The code cache's hits, misses, loads and evictions ({@code cache_gets_total{cache="gilvm.code"}}
     * and the rest of Micrometer's Caffeine binder). The cache must record stats
     * ({@code Caffeine.recordStats()}). Called by {@link MetricsAgent} when its settings give
     * a code cache: the one place the cache is bound.
     */
    public static void bindCodeCache(MeterRegistry registry, Supplier<? extends Cache<?, ?>> codeCache) {
        CaffeineCacheMetrics.monitor(registry, codeCache.get(), "gilvm.code");
    }
}

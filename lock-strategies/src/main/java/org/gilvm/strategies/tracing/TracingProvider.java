package org.gilvm.strategies.tracing;

import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.StrategySettings;

/** {@code tracing}: see {@link TracingStrategy}. */
public final class TracingProvider implements StrategyProvider {
    static final String ID = "tracing";

    @Override
    public String id() { return ID; }

    @Override
    public String description() {
        return "no GIL, no refcounts: the JVM's tracing GC reclaims objects; __del__ runs later";
    }

    @Override
    public ExecutionStrategy create(StrategySettings settings) {
        return new TracingStrategy(settings);
    }
}

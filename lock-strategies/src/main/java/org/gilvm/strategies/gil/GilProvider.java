package org.gilvm.strategies.gil;

import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.StrategySettings;

/** {@code gil}: see {@link GilStrategy}. */
public final class GilProvider implements StrategyProvider {
    static final String ID = "gil";

    @Override
    public String id() { return ID; }

    @Override
    public String description() {
        return "one global interpreter lock (CPython 3.2+ hand-over, or 'legacy-ticks'); plain refcounts";
    }

    @Override
    public ExecutionStrategy create(StrategySettings settings) {
        return new GilStrategy(settings);
    }
}

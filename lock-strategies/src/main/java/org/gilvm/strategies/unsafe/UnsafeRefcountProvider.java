package org.gilvm.strategies.unsafe;

import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.StrategySettings;

/** {@code unsafe-refcount}: see {@link UnsafeRefcountStrategy}. */
public final class UnsafeRefcountProvider implements StrategyProvider {
    static final String ID = "unsafe-refcount";

    @Override
    public String id() { return ID; }

    @Override
    public String description() {
        return "demo only: no GIL, plain refcounts, no container locks; races end in a detected use after free";
    }

    @Override
    public ExecutionStrategy create(StrategySettings settings) {
        return new UnsafeRefcountStrategy(settings);
    }
}

package org.gilvm.strategies.atomic;

import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.StrategySettings;

/** {@code atomic-refcount}: see {@link AtomicRefcountStrategy}. */
public final class AtomicRefcountProvider implements StrategyProvider {
    static final String ID = "atomic-refcount";

    @Override
    public String id() { return ID; }

    @Override
    public String description() {
        return "no GIL; atomic refcounts and per-object locks on containers (PEP 703, naive form)";
    }

    @Override
    public ExecutionStrategy create(StrategySettings settings) {
        return new AtomicRefcountStrategy(settings);
    }
}

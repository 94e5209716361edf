package org.gilvm.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The installed strategies: every {@link StrategyProvider} the class path offers. */
public final class Strategies {
    private Strategies() {}

    /** The one used when nothing says otherwise: CPython's design. */
    public static final String DEFAULT_ID = "gil";

    /** All providers, sorted by id, loaded afresh (the class path may differ between callers). */
    public static List<StrategyProvider> installed() {
        List<StrategyProvider> all = new ArrayList<>();
        for (StrategyProvider p : ServiceLoader.load(StrategyProvider.class, Strategies.class.getClassLoader())) {
            all.add(p);
        }
        all.sort(Comparator.comparing(StrategyProvider::id));
        return all;
    }

    /** The provider with this id, or null. */
    public static StrategyProvider find(String id) {
        for (StrategyProvider p : installed()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** The default strategy, or the single-thread fallback when no provider is installed. */
    public static ExecutionStrategy createDefault(StrategySettings settings) {
        StrategyProvider p = find(DEFAULT_ID);
        return p != null ? p.create(settings) : new SingleThreadStrategy(settings);
    }
}

package org.gilvm.spi;

/**
 * A concurrency and memory-management design, found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/org.gilvm.spi.StrategyProvider}). gilvm's own
 * are in the lock-strategies module; a jar of someone else's on the class path is picked by
 * its {@link #id} from the config like any of ours.
 *
 * <p>Called once per interpreter, on the thread creating it.
 */
public interface StrategyProvider {
    /** The name in config files and {@code --strategy}: lower-case words joined by hyphens. */
    String id();

    /** One line for {@code gilvm strategies}. */
    String description();

    /** A fresh instance for one interpreter: strategies keep no state across interpreters. */
    ExecutionStrategy create(StrategySettings settings);
}

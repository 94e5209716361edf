package org.gilvm;

import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.Strategies;

/**
 * How to run a program, as the command line and config file decided.
 *
 * @param strategy the execution strategy, a fresh instance for this run
 * @param checkRefs whether to report, at exit, objects whose reference counts never
 *     returned to zero ({@code --check-refs})
 * @param runId the run's name in metrics and JFR events (the {@code run} label); null makes
 *     one up from the program's name, the time and the process id
 */
public record RunOptions(ExecutionStrategy strategy, boolean checkRefs, String runId) {
    public RunOptions(ExecutionStrategy strategy, boolean checkRefs) {
        this(strategy, checkRefs, null);
    }

    /** The default strategy with CPython's settings, no checks. */
    public static RunOptions defaults() {
        return new RunOptions(Strategies.createDefault(StrategySettings.defaults()), false);
    }
}

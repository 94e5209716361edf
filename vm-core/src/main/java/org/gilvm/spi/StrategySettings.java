package org.gilvm.spi;

import java.time.Duration;

/**
 * The settings a strategy is created with (config keys under {@code gil:}). Strategies
 * without a GIL read only {@link #switchPoints}, which still decides where the loop polls
 * for signals and, under them, nothing else.
 *
 * @param switchInterval CPython's {@code sys.getswitchinterval()}, default 5 ms
 * @param switchPoints where the loop may switch threads
 * @param policy how a GIL changes hands
 * @param checkInterval instructions between releases under {@link GilPolicy#LEGACY_TICKS}
 *     (CPython 2's {@code sys.setcheckinterval}, default 100)
 */
public record StrategySettings(Duration switchInterval, SwitchPoints switchPoints, GilPolicy policy,
                               int checkInterval) {
    public static final Duration DEFAULT_SWITCH_INTERVAL = Duration.ofMillis(5);
    public static final int DEFAULT_CHECK_INTERVAL = 100;

    public StrategySettings {
        if (switchInterval.isNegative() || switchInterval.isZero()) {
            throw new IllegalArgumentException("switch interval must be positive");
        }
        if (checkInterval < 1) {
            throw new IllegalArgumentException("check interval must be at least 1");
        }
    }

    /** CPython 3.11's defaults. */
    public static StrategySettings defaults() {
        return new StrategySettings(DEFAULT_SWITCH_INTERVAL, SwitchPoints.BACKWARD_JUMPS, GilPolicy.INTERVAL,
                DEFAULT_CHECK_INTERVAL);
    }

    public StrategySettings withSwitchInterval(Duration d) {
        return new StrategySettings(d, switchPoints, policy, checkInterval);
    }

    public StrategySettings withSwitchPoints(SwitchPoints p) {
        return new StrategySettings(switchInterval, p, policy, checkInterval);
    }

    public StrategySettings withPolicy(GilPolicy p) {
        return new StrategySettings(switchInterval, switchPoints, p, checkInterval);
    }

    public StrategySettings withCheckInterval(int n) {
        return new StrategySettings(switchInterval, switchPoints, policy, n);
    }

    /**
     * Where the loop really polls: the legacy GIL counts instructions, so it polls at every
     * one whatever {@link #switchPoints} says.
     */
    public SwitchPoints effectiveSwitchPoints() {
        return policy == GilPolicy.LEGACY_TICKS ? SwitchPoints.EVERY_INSTRUCTION : switchPoints;
    }
}

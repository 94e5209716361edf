package org.gilvm.strategies.common;

import java.time.Duration;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.ThreadStats;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategySettings;

/**
 * What the strategies without a GIL share: every attached thread runs Python code at once,
 * so attaching, detaching and blocking only record the thread's state for the metrics, and
 * the switch interval is remembered for {@code sys.getswitchinterval()} but decides nothing
 * (as in free-threaded CPython 3.13t).
 */
public abstract class FreeThreading implements ExecutionStrategy {
    private final StrategySettings settings;
    private volatile Duration switchInterval;

    protected FreeThreading(StrategySettings settings) {
        this.settings = settings;
        this.switchInterval = settings.switchInterval();
    }

    @Override
    public final StrategySettings settings() { return settings; }

    @Override
    public final boolean gilEnabled() { return false; }

    @Override
    public final void attach(ThreadState ts) {
        ts.stats.state = ThreadStats.State.RUNNING;
    }

    @Override
    public final void detach(ThreadState ts) {
        ts.stats.state = ThreadStats.State.EXITED;
    }

    @Override
    public final void beginBlocking(ThreadState ts) {
        ts.stats.state = ThreadStats.State.BLOCKED;
    }

    @Override
    public final void endBlocking(ThreadState ts) {
        ts.stats.state = ThreadStats.State.RUNNING;
    }

    @Override
    public final Duration switchInterval() { return switchInterval; }

    @Override
    public final void setSwitchInterval(Duration interval) { switchInterval = interval; }
}

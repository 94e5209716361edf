package org.gilvm.strategies.gil;

import java.time.Duration;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.ThreadStats;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.GilPolicy;
import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.PlainRefCounts;
import org.gilvm.spi.RefCounts;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.SwitchReason;

/**
 * CPython's design: one global interpreter lock, so plain reference counts and unguarded
 * containers are safe, and Python code never runs on two cores at once.
 *
 * <p>A thread holds the GIL from {@link #attach} to {@link #detach}, except inside blocking
 * regions and for the moment of a hand-over at a switch point. The policy decides how
 * hand-overs happen: {@link NewGil} (CPython 3.2+) or {@link LegacyGil} (CPython 2's ticks).
 */
public final class GilStrategy implements ExecutionStrategy {
    private final StrategySettings settings;
    private final GilLock gil;
    private final RefCounts refCounts = new PlainRefCounts();

    GilStrategy(StrategySettings settings) {
        this.settings = settings;
        long interval = settings.switchInterval().toNanos();
        this.gil = settings.policy() == GilPolicy.LEGACY_TICKS ? new LegacyGil(interval) : new NewGil(interval);
    }

    @Override
    public String id() { return GilProvider.ID; }

    @Override
    public RefCounts refCounts() { return refCounts; }

    @Override
    public ObjectLocks objectLocks() { return ObjectLocks.NONE; }

    @Override
    public StrategySettings settings() { return settings; }

    @Override
    public boolean gilEnabled() { return true; }

    @Override
    public void attach(ThreadState ts) {
        gil.take(ts);
    }

    @Override
    public void detach(ThreadState ts) {
        gil.drop(ts, SwitchReason.EXIT);
        ts.stats.state = ThreadStats.State.EXITED;
    }

    /** CPython's eval_breaker handling: drop_gil then take_gil, with the forced switch in between. */
    @Override
    public void dropRequested(ThreadState ts) {
        gil.drop(ts, SwitchReason.INTERVAL);
        gil.take(ts);
    }

    /** The legacy policy's every-N-instructions release; CPython 2 did exactly this, no hand-off. */
    @Override
    public void ticksElapsed(ThreadState ts) {
        if (settings.policy() == GilPolicy.LEGACY_TICKS) {
            gil.drop(ts, SwitchReason.INTERVAL);
            gil.take(ts);
        }
    }

    @Override
    public void beginBlocking(ThreadState ts) {
        gil.drop(ts, SwitchReason.BLOCKING);
        ts.stats.state = ThreadStats.State.BLOCKED;
    }

    @Override
    public void endBlocking(ThreadState ts) {
        gil.take(ts);
    }

    @Override
    public Duration switchInterval() {
        return Duration.ofNanos(gil.intervalNanos());
    }

    @Override
    public void setSwitchInterval(Duration interval) {
        gil.setIntervalNanos(interval.toNanos());
    }
}

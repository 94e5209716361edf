package org.gilvm.spi;

import java.time.Duration;
import org.gilvm.interp.ThreadState;

/**
 * The strategy vm-core runs with when no provider is on the class path (its own tests, an
 * embedder who wants none): plain reference counts, no locks, and no second thread, so the
 * missing lock can never matter. {@code threading} then refuses to start a thread and says
 * why.
 */
public final class SingleThreadStrategy implements ExecutionStrategy {
    public static final String ID = "single-thread";

    private final StrategySettings settings;
    private final RefCounts refCounts = new PlainRefCounts();
    private volatile Duration switchInterval;

    public SingleThreadStrategy(StrategySettings settings) {
        this.settings = settings;
        this.switchInterval = settings.switchInterval();
    }

    @Override
    public String id() { return ID; }

    @Override
    public RefCounts refCounts() { return refCounts; }

    @Override
    public ObjectLocks objectLocks() { return ObjectLocks.NONE; }

    @Override
    public StrategySettings settings() { return settings; }

    @Override
    public boolean gilEnabled() { return true; }

    @Override
    public void attach(ThreadState ts) {}

    @Override
    public void detach(ThreadState ts) {}

    @Override
    public void beginBlocking(ThreadState ts) {}

    @Override
    public void endBlocking(ThreadState ts) {}

    @Override
    public Duration switchInterval() { return switchInterval; }

    @Override
    public void setSwitchInterval(Duration interval) { switchInterval = interval; }

    @Override
    public boolean supportsThreads() { return false; }
}

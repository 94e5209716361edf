package org.gilvm.objects.concurrency;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.MutexObjectLocks;
import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.RefCounts;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.SwitchPoints;

/**
 * The strategy the concurrency tests run under: no GIL (every thread runs Python code at
 * once), the container guard and reference counts the test chooses, and threads allowed.
 * Optionally a hook that runs before every Python instruction.
 */
final class TestStrategy implements ExecutionStrategy {
    private final ObjectLocks locks;
    private final RefCounts refCounts;
    private final StrategySettings settings;
    private final Consumer<ThreadState> everyInstruction;
    private volatile Duration switchInterval;

    private TestStrategy(ObjectLocks locks, RefCounts refCounts, StrategySettings settings,
                         Consumer<ThreadState> everyInstruction) {
        this.locks = locks;
        this.refCounts = refCounts;
        this.settings = settings;
        this.everyInstruction = everyInstruction;
        this.switchInterval = settings.switchInterval();
    }

    /** An interpreter whose containers are guarded by {@code locks}, with atomic counts. */
    static Interpreter interpreter(ObjectLocks locks) {
        return interpreter(new TestStrategy(locks, new AtomicRefCounts(), StrategySettings.defaults(), null));
    }

    /** An interpreter with the given guard and counts that calls {@code hook} before every instruction. */
    static Interpreter checkedInterpreter(ObjectLocks locks, RefCounts refCounts, Consumer<ThreadState> hook) {
        StrategySettings s = StrategySettings.defaults()
                .withSwitchPoints(SwitchPoints.EVERY_INSTRUCTION).withCheckInterval(1);
        return interpreter(new TestStrategy(locks, refCounts, s, hook));
    }

    static Interpreter mutexInterpreter() {
        return interpreter(new MutexObjectLocks());
    }

    private static Interpreter interpreter(TestStrategy s) {
        return new Interpreter(InterpreterConfig.standard(List.of("t.py")).withStrategy(s));
    }

    @Override
    public String id() { return "concurrency-test"; }

    @Override
    public RefCounts refCounts() { return refCounts; }

    @Override
    public ObjectLocks objectLocks() { return locks; }

    @Override
    public StrategySettings settings() { return settings; }

    @Override
    public boolean gilEnabled() { return false; }

    @Override
    public void attach(ThreadState ts) {}

    @Override
    public void detach(ThreadState ts) {}

    @Override
    public void ticksElapsed(ThreadState ts) {
        if (everyInstruction != null) {
            everyInstruction.accept(ts);
        }
    }

    @Override
    public void beginBlocking(ThreadState ts) {}

    @Override
    public void endBlocking(ThreadState ts) {}

    @Override
    public Duration switchInterval() { return switchInterval; }

    @Override
    public void setSwitchInterval(Duration interval) { switchInterval = interval; }
}

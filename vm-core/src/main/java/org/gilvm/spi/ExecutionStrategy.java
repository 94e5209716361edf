package org.gilvm.spi;

import java.time.Duration;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyObject;

/**
 * One interpreter's concurrency and memory-management design: the only place where the
 * interpreter asks "may this thread run Python code now?" and "how is this reference
 * counted?". DESIGN.md lists the call sites; nothing else in the VM knows which design runs.
 *
 * <h2>Who calls what</h2>
 * <ul>
 * <li>{@link #attach} and {@link #detach}: the thread itself, first and last thing, around
 *     all the Python code it runs (the main thread too).</li>
 * <li>{@link #dropRequested}, {@link #ticksElapsed}: the eval loop of the thread holding the
 *     right to run, at a switch point, when its eval-breaker asks.</li>
 * <li>{@link #beginBlocking} and {@link #endBlocking}: the thread itself, around a call
 *     that may block (sleep, I/O, lock waits, join), through {@link ThreadState#blocking()};
 *     no Python object may be touched in between.</li>
 * <li>{@link #refCounts} and {@link #objectLocks}: read once per interpreter and per thread
 *     and kept in final fields, so the JIT sees one implementation at each call site.</li>
 * </ul>
 * Everything else may be called from any thread.
 */
public interface ExecutionStrategy {
    /** The provider's id. */
    String id();

    RefCounts refCounts();

    ObjectLocks objectLocks();

    StrategySettings settings();

    /** {@code sys._is_gil_enabled()}. */
    boolean gilEnabled();

    /** The calling thread starts running Python code (takes the GIL, where there is one). */
    void attach(ThreadState ts);

    /** The calling thread has finished running Python code for good. */
    void detach(ThreadState ts);

    /** At a switch point, with {@link ThreadState#BREAK_DROP_REQUEST} set: give way. */
    default void dropRequested(ThreadState ts) {
        ts.clearBreak(ThreadState.BREAK_DROP_REQUEST);
    }

    /**
     * Under {@link SwitchPoints#EVERY_INSTRUCTION}, every {@link StrategySettings#checkInterval}
     * instructions: the legacy GIL's release-and-retake.
     */
    default void ticksElapsed(ThreadState ts) {}

    /** The calling thread is about to block; it touches no Python object until {@link #endBlocking}. */
    void beginBlocking(ThreadState ts);

    void endBlocking(ThreadState ts);

    /** {@code sys.getswitchinterval()}. */
    Duration switchInterval();

    /** {@code sys.setswitchinterval()}; strategies without a GIL just remember it, as 3.13t does. */
    void setSwitchInterval(Duration interval);

    /**
     * Called when an object whose class defines {@code __del__} is created. Strategies that
     * count references do nothing (dealloc at zero runs it); a tracing one arranges for the
     * collector to trigger it.
     */
    default void registerFinalizer(ThreadState ts, PyObject o) {}

    /**
     * Whether Python threads may be started at all. Only the single-thread fallback says no.
     */
    default boolean supportsThreads() {
        return true;
    }
}

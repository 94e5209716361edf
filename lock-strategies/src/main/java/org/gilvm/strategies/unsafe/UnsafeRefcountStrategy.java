package org.gilvm.strategies.unsafe;

import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.PlainRefCounts;
import org.gilvm.spi.RefCounts;
import org.gilvm.spi.StrategySettings;
import org.gilvm.strategies.common.FreeThreading;

/**
 * A demonstration, not a design: CPython's plain reference counts and unguarded containers
 * with the GIL taken away, the situation the seeds describe. Two threads that
 * {@code incref} the same object can both read 2 and both write 3, losing one; the count
 * later reaches zero while a reference is still in use, the object is freed (poisoned), and
 * the next use is caught as a use after free, which stops the VM with a fatal error naming
 * the object's type, the thread and the instruction. In C that use would read freed memory;
 * here it is only ever detected.
 *
 * <h2>Invariants</h2>
 * None across threads, by design: counts are read and written without atomics, containers
 * without locks. What holds is what detection needs: a freed object's count is
 * {@code PyObject.FREED}, far below zero, so any later incref or decref of it is noticed;
 * the first detection stops every thread (exit status 134) and is counted.
 *
 * <h2>Memory ordering</h2>
 * None beyond the Java memory model's guarantee that a reference is never torn: a data race
 * here corrupts counts and container sizes, never the JVM.
 *
 * <h2>What CPython does</h2>
 * CPython's {@code Py_INCREF} is exactly this plain read-add-write; without the GIL, two
 * threads' updates interleave and one is lost, which is the seeds' argument for the GIL.
 */
public final class UnsafeRefcountStrategy extends FreeThreading {
    private final RefCounts refCounts = new PlainRefCounts();

    UnsafeRefcountStrategy(StrategySettings settings) {
        super(settings);
    }

    @Override
    public String id() { return UnsafeRefcountProvider.ID; }

    @Override
    public RefCounts refCounts() { return refCounts; }

    @Override
    public ObjectLocks objectLocks() { return ObjectLocks.NONE; }
}

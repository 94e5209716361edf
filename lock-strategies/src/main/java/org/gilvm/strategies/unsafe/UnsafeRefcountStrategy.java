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

package org.gilvm.strategies.atomic;

import org.gilvm.spi.MutexObjectLocks;
import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.RefCounts;
import org.gilvm.spi.StrategySettings;
import org.gilvm.strategies.common.FreeThreading;

/**
 * No GIL: every thread runs Python code at once. Safety comes from two things instead, as in
 * free-threaded CPython (PEP 703): atomic reference counts ({@link AtomicRefCounts}), and a
 * mutex per list, dict, set and bytearray held while its storage changes (the critical
 * sections). Objects are still freed the moment their count reaches zero.
 */
public final class AtomicRefcountStrategy extends FreeThreading {
    private final RefCounts refCounts = new AtomicRefCounts();
    private final ObjectLocks locks = new MutexObjectLocks();

    AtomicRefcountStrategy(StrategySettings settings) {
        super(settings);
    }

    @Override
    public String id() { return AtomicRefcountProvider.ID; }

    @Override
    public RefCounts refCounts() { return refCounts; }

    @Override
    public ObjectLocks objectLocks() { return locks; }
}

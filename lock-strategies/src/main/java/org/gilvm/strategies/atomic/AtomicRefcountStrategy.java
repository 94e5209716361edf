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
 *
 * <h2>Invariants</h2>
 * A count changes only by one atomic add; exactly one thread sees it go from 1 to 0 and
 * deallocates. A container's storage (array, size, hash table) is read or changed only under
 * its own mutex, and no Python code runs while a mutex is held except a dict probe's
 * {@code __eq__} (the mutex is reentrant).
 *
 * <h2>Memory ordering</h2>
 * The atomic adds are full fences (LOCK XADD); the mutexes give happens-before between one
 * thread's change of a container and the next thread's access. Plain fields of other objects
 * (an instance attribute written through its dict, a function's defaults) are published
 * through those dicts' mutexes. Nothing else is ordered: two threads that update a global
 * with {@code n += 1} lose updates, as in free-threaded CPython.
 *
 * <h2>What CPython does</h2>
 * 3.13t (PEP 703) makes most counts biased (the owning thread adds without atomics; others
 * use a shared atomic field) and makes some objects immortal or deferred, precisely because
 * this naive form makes every shared object's count a contended cache line.
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

package org.gilvm.strategies.tracing;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyInstance;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.MutexObjectLocks;
import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.RefCounts;
import org.gilvm.spi.StrategySettings;
import org.gilvm.strategies.common.FreeThreading;

/**
 * The JVM's design: no GIL and no reference counts. Threads run Python code on every core;
 * memory is reclaimed by the JVM's tracing collector, which also frees reference cycles;
 * containers stay consistent through per-object locks (the JVM's collections make the same
 * choice the other way round: unsynchronised by default, and Jython wraps them); {@code __del__}
 * runs later, when the collector finds the object ({@link DelFinalizers}).
 * {@code sys.getrefcount} has nothing to report and says so.
 *
 * <h2>Invariants</h2>
 * No count is ever read or written; no object is ever deallocated or poisoned by the VM, so a
 * use after free cannot happen. Containers keep the per-object mutex discipline of
 * atomic-refcount.
 *
 * <h2>Memory ordering</h2>
 * The Java memory model's: containers are ordered by their mutexes; a reference published
 * through one is seen with the object's final fields initialised. The collector finds
 * garbage wherever it is, reference cycles included.
 *
 * <h2>What the JVM and Jython do</h2>
 * The JVM's objects carry no counts; its collectors trace from the roots. Jython maps Python
 * objects onto Java objects the same way, keeps {@code __del__} on Java finalization, and
 * guards its dict and list with Java's concurrent collections or synchronized wrappers.
 */
public final class TracingStrategy extends FreeThreading {
    private final RefCounts refCounts = new NoRefCounts();
    private final ObjectLocks locks = new MutexObjectLocks();
    private final DelFinalizers finalizers = new DelFinalizers();

    TracingStrategy(StrategySettings settings) {
        super(settings);
    }

    @Override
    public String id() { return TracingProvider.ID; }

    @Override
    public RefCounts refCounts() { return refCounts; }

    @Override
    public ObjectLocks objectLocks() { return locks; }

    @Override
    public void registerFinalizer(ThreadState ts, PyObject o) {
        if (o instanceof PyInstance inst) {
            finalizers.register(ts, inst);
        }
    }
}

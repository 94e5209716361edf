package org.gilvm.spi;

import org.gilvm.events.ObjectLockContentionEvent;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.ThreadStats;
import org.gilvm.objects.Lockable;
import org.gilvm.objects.ObjectMutex;
import org.gilvm.objects.PyObject;

/**
 * The container guard of the strategies without a GIL: each list, dict, set and bytearray
 * is locked with its own {@link org.gilvm.objects.ObjectMutex}, made the first time it is
 * needed. CPython 3.13t's critical sections (PEP 703), in Java.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>A container's storage (its arrays, size, table counters) is read or changed only by a
 *     thread holding its lock. The exceptions, each argued where it is: a single read of the
 *     length ({@code len}, truth tests; CPython reads {@code ob_size} with a relaxed atomic
 *     load too), lock-free lookups in type dicts ({@code PyDict.getStr}), the unlocked bytes
 *     methods of bytearray, and containers nobody else can reach yet (being built, or at a
 *     count of zero).</li>
 * <li>The lock is held only while Java code reads or changes storage. Anything that may run
 *     Python code is done before it is taken ({@code __hash__} of a key, {@code __index__}
 *     of an index or slice, iterating the argument of {@code extend}) or after it is let go
 *     ({@code __del__}, through the release of replaced and removed items, which is why
 *     removals hand their items back to be released once unlocked).</li>
 * <li>One exception, as in CPython: a probe that meets a key with an equal hash calls its
 *     {@code __eq__} with the lock held ({@code dict[k]}, set membership, {@code list.remove}),
 *     because the table it probes must not change under it. The mutex is reentrant, so that
 *     {@code __eq__} may use the same container (what it could do under a GIL as well).</li>
 * <li>Values handed out are new references taken under the lock: another thread cannot
 *     release an item between the read and the incref.</li>
 * <li>Java code never holds two containers' locks at once. Operations on two containers
 *     ({@code a.update(b)}, {@code a + b}, {@code a.extend(b)}, the set algebra) read the
 *     source one entry at a time ({@link org.gilvm.objects.EntryCursor}) or copy it under its
 *     own lock first, then change the target under its lock.</li>
 * </ul>
 *
 * <h2>Concurrency and memory ordering</h2>
 * {@link java.util.concurrent.locks.ReentrantLock} (inside {@code ObjectMutex}) gives the
 * happens-before edges: everything a thread wrote to a container before unlocking it is
 * visible to the next thread that locks it. A racy length read sees a value some write
 * stored (JLS 17.7: an {@code int} is never torn), perhaps not the latest; that is a snapshot
 * the program could have seen a moment earlier, and nothing is indexed with it unchecked.
 *
 * <p>The one deadlock left is made by Python code: two threads each in an {@code __eq__}
 * called under one container's lock, each touching the container the other has locked (two
 * dicts whose keys compare by looking into the other dict). CPython 3.13t avoids it because a
 * thread that blocks while in a critical section suspends it (releases the locks it holds)
 * and takes them again before going on; {@link java.util.concurrent.locks.ReentrantLock} has
 * no such hook, and suspending here would let the table change under a running probe. Code
 * that does this under a GIL is fine; without one it may hang.
 *
 * <h2>What CPython 3.13t does</h2>
 * {@code Py_BEGIN_CRITICAL_SECTION(op)} locks the object's one-byte {@code ob_mutex} (a
 * parking-lot lock); two-object sections lock both in address order; argument clinic's
 * {@code @critical_section} wraps most list, dict and set methods. {@code list[i]}, list
 * iteration and dict lookups read without the lock, using {@code _Py_TryIncrefCompare} (an
 * incref that fails if the count already reached zero) and QSBR, which delays freeing old item
 * arrays until every thread has passed a quiescent point. Ours do the same
 * ({@code PyList.itemUnlocked}, {@code PyDict.getStrShared}) with {@link RefCounts#tryIncref};
 * the JVM's collector keeps old arrays alive while anyone reads them. Set lookups and dict
 * lookups by non-str keys still take the lock.
 *
 * <h2>Cost</h2>
 * An uncontended lock is one compare-and-set to take and one to release, plus the mutex's
 * allocation the first time a container is locked. Under a GIL the strategy returns
 * {@link ObjectLocks#NONE} instead and the JIT removes the calls. Acquisitions that had to
 * wait are counted per object by the mutex and per thread here ({@link ThreadStats}), for the
 * {@code gilvm_object_lock_*} metrics.
 */
public final class MutexObjectLocks implements ObjectLocks {

    @Override
    public void lock(ThreadState ts, Lockable o) {
        ObjectMutex m = o.mutex();
        if (!m.tryLock()) {
            contended(ts, o, m);
        }
    }

    private static void contended(ThreadState ts, Lockable o, ObjectMutex m) {
        ObjectLockContentionEvent e = new ObjectLockContentionEvent();
        e.begin();
        long waited = m.lockContended();
        e.end();
        ThreadStats stats = ts.stats;
        stats.objectLockContended++;
        stats.objectLockWaitNanos += waited;
        if (e.shouldCommit()) {
            e.pythonThread = ts.name();
            e.objectType = o instanceof PyObject p ? p.type().name() : o.getClass().getSimpleName();
            e.commit();
        }
    }

    @Override
    public void unlock(ThreadState ts, Lockable o) {
        o.mutex().unlock();
    }

    @Override
    public boolean guards() {
        return true;
    }
}

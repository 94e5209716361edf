package org.gilvm.spi;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Lockable;

/** Per-object mutexes, PEP 703's critical sections: the guard of the strategies without a GIL. */
public final class MutexObjectLocks implements ObjectLocks {
    @Override
    public void lock(ThreadState ts, Lockable o) {
        o.mutex().lock();
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

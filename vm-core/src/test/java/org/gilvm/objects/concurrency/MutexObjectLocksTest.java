package org.gilvm.objects.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyList;
import org.gilvm.spi.MutexObjectLocks;
import org.gilvm.spi.ObjectLocks;
import org.junit.jupiter.api.Test;

/** The real container guard: reentrant, one mutex per object, waits counted for the metrics. */
class MutexObjectLocksTest {
    private final Interpreter interp = TestStrategy.mutexInterpreter();
    private final ThreadState ts = new ThreadState(interp);
    private final ObjectLocks locks = ts.locks();

    @Test
    void theStrategysGuardIsTheRealOne() {
        assertTrue(locks instanceof MutexObjectLocks);
        assertTrue(locks.guards());
        assertFalse(ObjectLocks.NONE.guards());
    }

    @Test
    void eachContainerGetsOneMutexMadeOnFirstUse() {
        PyList a = new PyList(), b = new PyList();
        assertSame(a.mutex(), a.mutex());
        assertTrue(a.mutex() != b.mutex());
    }

    @Test
    void theSameThreadMayLockAgainAndAnotherGetsItOnceFullyReleased() throws InterruptedException {
        PyList l = new PyList();
        locks.lock(ts, l);
        locks.lock(ts, l);
        locks.unlock(ts, l);
        locks.unlock(ts, l);
        Thread other = new Thread(() -> {
            ThreadState mine = new ThreadState(interp);
            locks.lock(mine, l);
            locks.unlock(mine, l);
        });
        other.start();
        other.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(other.isAlive(), "the lock was left held");
    }

    @Test
    void aThreadThatHadToWaitIsCountedWithTheTimeItWaited() throws InterruptedException {
        PyList l = new PyList();
        ThreadState[] waiterState = new ThreadState[1];
        Thread waiter = new Thread(() -> {
            ThreadState mine = new ThreadState(interp);
            waiterState[0] = mine;
            locks.lock(mine, l);
            locks.unlock(mine, l);
        });
        locks.lock(ts, l);
        try {
            waiter.start();
            // Hold the lock until the waiter is parked on it: at once, but bounded all the same.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (waiter.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.yield();
            }
            assertEquals(Thread.State.WAITING, waiter.getState());
        } finally {
            locks.unlock(ts, l);
        }
        waiter.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(waiter.isAlive());
        assertEquals(1, waiterState[0].stats.objectLockContended);
        assertTrue(waiterState[0].stats.objectLockWaitNanos > 0);
        assertEquals(1, l.mutex().contendedCount());
        assertEquals(0, ts.stats.objectLockContended);
    }
}

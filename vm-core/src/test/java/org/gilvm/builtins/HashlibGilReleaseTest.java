package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyByteArray;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.PlainRefCounts;
import org.gilvm.spi.RefCounts;
import org.gilvm.spi.StrategySettings;
import org.junit.jupiter.api.Test;

/**
 * hashlib releases the GIL exactly where CPython 3.11's _hashopenssl.c does
 * (HASHLIB_GIL_MINSIZE = 2048): for a constructor's data of 2048 bytes or more; for an update
 * of 2048 bytes or more, after which the object has a lock and every update releases the GIL;
 * never for digest, hexdigest or copy while nobody holds the object's lock. Counted through a
 * strategy that records each blocking region, so no timing is involved. Without a GIL the
 * lock is there from the first update.
 */
class HashlibGilReleaseTest {
    /** A strategy that runs one thread and counts the blocking regions it is told of. */
    static final class CountingStrategy implements ExecutionStrategy {
        private final boolean gil;
        private final RefCounts refCounts = new PlainRefCounts();
        int regions;

        CountingStrategy(boolean gil) {
            this.gil = gil;
        }

        @Override public String id() { return "counting"; }
        @Override public RefCounts refCounts() { return refCounts; }
        @Override public ObjectLocks objectLocks() { return ObjectLocks.NONE; }
        @Override public StrategySettings settings() { return StrategySettings.defaults(); }
        @Override public boolean gilEnabled() { return gil; }
        @Override public void attach(ThreadState ts) {}
        @Override public void detach(ThreadState ts) {}
        @Override public void beginBlocking(ThreadState ts) { regions++; }
        @Override public void endBlocking(ThreadState ts) {}
        @Override public Duration switchInterval() { return StrategySettings.DEFAULT_SWITCH_INTERVAL; }
        @Override public void setSwitchInterval(Duration interval) {}
        @Override public boolean supportsThreads() { return false; }
    }

    private final CountingStrategy gil = new CountingStrategy(true);
    private final ThreadState ts = new ThreadState(new Interpreter(
            InterpreterConfig.standard(List.of("t.py")).withStrategy(gil)));

    private int released(Runnable r) {
        int before = gil.regions;
        r.run();
        return gil.regions - before;
    }

    private static PyBytes bytes(int n) {
        return new PyBytes(new byte[n]);
    }

    @Test
    void aConstructorReleasesTheGilFor2048BytesOrMore() {
        assertEquals(0, released(() -> HashlibModule.sha256(ts, bytes(2047), null)));
        assertEquals(1, released(() -> HashlibModule.sha256(ts, bytes(2048), null)));
        assertEquals(1, released(() -> HashlibModule.new_(ts, new PyStr("md5"), bytes(1 << 20), null)));
        assertEquals(1, released(() -> HashlibModule.sha1(ts, new PyByteArray(new byte[4096]), null)));
    }

    @Test
    void afterTheFirstLargeUpdateEveryUpdateReleasesTheGil() {
        PyHash h = (PyHash) HashlibModule.sha256(ts, null, null);
        assertEquals(0, released(() -> PyHash.update(ts, h, bytes(100))));
        assertEquals(0, released(() -> PyHash.update(ts, h, bytes(2047))));
        assertEquals(1, released(() -> PyHash.update(ts, h, bytes(2048))));
        assertEquals(1, released(() -> PyHash.update(ts, h, bytes(1))));
        assertEquals(0, released(() -> PyHash.hexdigest(ts, h)));
        assertEquals(0, released(() -> PyHash.copy(ts, h)));
        PyObject copy = PyHash.copy(ts, h);
        assertEquals(0, released(() -> PyHash.update(ts, (PyHash) copy, bytes(1))), "a copy starts without a lock");
    }

    @Test
    void withoutAGilEveryUpdateTakesTheLockWithTheGilReleased() {
        CountingStrategy free = new CountingStrategy(false);
        ThreadState t = new ThreadState(new Interpreter(InterpreterConfig.standard(List.of("t.py")).withStrategy(free)));
        PyHash h = (PyHash) HashlibModule.md5(t, null, null);
        PyHash.update(t, h, bytes(1));
        PyHash.update(t, h, bytes(1));
        assertEquals(2, free.regions);
    }

    @Test
    void digestsAreThoseOfCPython() {
        PyHash h = (PyHash) HashlibModule.sha256(ts, new PyBytes("abc".getBytes()), null);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ((PyStr) PyHash.hexdigest(ts, h)).value());
        PyHash big = (PyHash) HashlibModule.md5(ts, bytes(1 << 20), null);
        // python3 -c "import hashlib; print(hashlib.md5(bytes(1 << 20)).hexdigest())"
        assertEquals("b6d81b360a5672d80c27430f39153e2c", ((PyStr) PyHash.hexdigest(ts, big)).value());
    }
}

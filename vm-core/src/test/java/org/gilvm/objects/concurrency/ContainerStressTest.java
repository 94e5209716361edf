package org.gilvm.objects.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyByteArray;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PyStr;
import org.gilvm.spi.ObjectLocks;
import org.junit.jupiter.api.Test;

/**
 * Several Java threads, each a Python thread with its own state and no GIL between them,
 * hammer one list, dict, set or bytearray through the methods Python code calls. With the
 * per-object locks every operation lands exactly once; without them the containers may be
 * corrupted, but the VM must only ever throw, never take the JVM down.
 *
 * <p>Values are small ints and interned strs, which are immortal, so the only thing shared
 * and counted is the container itself.
 */
class ContainerStressTest {
    private static final int THREADS = 4;
    private static final int N = 20_000;

    /** {@code self.name(*args)}, the method found on the type as Python finds it; releases the result. */
    static long call(ThreadState ts, PyObject self, String name, PyObject... args) {
        PyObject[] argv = new PyObject[args.length + 1];
        argv[0] = self;
        System.arraycopy(args, 0, argv, 1, args.length);
        PyObject r = self.type().lookup(name).call(ts, argv, 0, argv.length, null);
        long v = r instanceof PyInt i ? i.longValue() : -1;
        ts.decref(r);
        return v;
    }

    /** Distinct immortal keys: thread id's i-th key. */
    private static PyStr[][] keys(int threads, int n) {
        PyStr[][] k = new PyStr[threads][n];
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < n; i++) {
                k[t][i] = PyStr.intern("k" + t + "_" + i);
            }
        }
        return k;
    }

    private static long[] countValues(PyList l) {
        long[] counts = new long[THREADS];
        for (int i = 0; i < l.size(); i++) {
            counts[(int) ((PyInt) l.get(i)).longValue()]++;
        }
        return counts;
    }

    @Test
    void listAppendsFromManyThreadsAllLand() {
        Interpreter interp = TestStrategy.mutexInterpreter();
        PyList l = new PyList();
        Workers.runClean(interp, THREADS, (ts, id) -> {
            PyInt v = PyInt.of(id);
            for (int i = 0; i < N; i++) {
                call(ts, l, "append", v);
            }
        });
        assertEquals(THREADS * N, l.size());
        for (long c : countValues(l)) {
            assertEquals(N, c);
        }
    }

    @Test
    void listExtendsInsertsAndPopsBalanceExactly() {
        Interpreter interp = TestStrategy.mutexInterpreter();
        PyList l = new PyList();
        AtomicLongArray popped = new AtomicLongArray(THREADS);
        int rounds = N / 10;
        Workers.runClean(interp, THREADS, (ts, id) -> {
            PyInt v = PyInt.of(id);
            PyList batch = new PyList();
            for (int i = 0; i < 8; i++) {
                batch.append(ts, v);
            }
            for (int r = 0; r < rounds; r++) {
                call(ts, l, "extend", batch);
                call(ts, l, "insert", PyInt.of(0), v);
                popped.incrementAndGet((int) call(ts, l, "pop"));
                popped.incrementAndGet((int) call(ts, l, "pop", PyInt.of(0)));
                l.delItem(ts, PyInt.of(-1));
            }
        });
        // Each round adds 9 items and removes 3, two of them recorded as popped.
        assertEquals(THREADS * rounds * 6, l.size());
        long[] remaining = countValues(l);
        long deletedUnrecorded = (long) THREADS * rounds;
        long total = 0;
        for (int v = 0; v < THREADS; v++) {
            total += remaining[v] + popped.get(v);
        }
        assertEquals((long) THREADS * rounds * 9 - deletedUnrecorded, total);
    }

    @Test
    void dictStoresOfDistinctKeysAllLandAndDeletesTakeExactlyThose() {
        Interpreter interp = TestStrategy.mutexInterpreter();
        PyDict d = new PyDict();
        PyStr[][] keys = keys(THREADS, N);
        Workers.runClean(interp, THREADS, (ts, id) -> {
            PyInt v = PyInt.of(id);
            for (PyStr k : keys[id]) {
                call(ts, d, "__setitem__", k, v);
            }
            for (int i = 0; i < N; i += 4) {
                call(ts, d, "__delitem__", keys[id][i]);
                assertEquals(id, call(ts, d, "pop", keys[id][i + 1]));
                assertEquals(id, call(ts, d, "setdefault", keys[id][i + 2], PyInt.of(99)));
            }
        });
        assertEquals(THREADS * N / 2, d.size());
        ThreadState ts = new ThreadState(interp);
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < N; i++) {
                PyObject v = d.getRef(ts, keys[t][i]);
                if (i % 4 < 2) {
                    assertEquals(null, v, "deleted key " + keys[t][i]);
                } else {
                    assertEquals(PyInt.of(t), v);
                }
            }
        }
    }

    @Test
    void setAddsAndDiscardsOfDistinctKeysLandExactly() {
        Interpreter interp = TestStrategy.mutexInterpreter();
        PySet s = new PySet();
        PyStr[][] keys = keys(THREADS, N);
        Workers.runClean(interp, THREADS, (ts, id) -> {
            for (PyStr k : keys[id]) {
                call(ts, s, "add", k);
            }
            for (int i = 0; i < N; i += 2) {
                call(ts, s, "discard", keys[id][i]);
            }
        });
        assertEquals(THREADS * N / 2, s.size());
        ThreadState ts = new ThreadState(interp);
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < N; i++) {
                assertEquals(i % 2 == 1, s.containsKey(ts, keys[t][i]), keys[t][i].value());
            }
        }
    }

    @Test
    void byteArrayAppendsExtendsAndPopsBalanceExactly() {
        Interpreter interp = TestStrategy.mutexInterpreter();
        PyByteArray b = new PyByteArray(new byte[0]);
        AtomicLongArray popped = new AtomicLongArray(THREADS);
        PyByteArray[] chunks = new PyByteArray[THREADS];
        for (int t = 0; t < THREADS; t++) {
            chunks[t] = new PyByteArray(new byte[] {(byte) t, (byte) t, (byte) t});
        }
        Workers.runClean(interp, THREADS, (ts, id) -> {
            PyInt v = PyInt.of(id);
            for (int i = 0; i < N; i++) {
                call(ts, b, "append", v);
                call(ts, b, "extend", chunks[id]);
                popped.incrementAndGet((int) call(ts, b, "pop"));
                popped.incrementAndGet((int) call(ts, b, "pop", PyInt.of(0)));
            }
        });
        assertEquals(THREADS * N * 2, b.size());
        long[] remaining = new long[THREADS];
        for (byte x : b.bytes()) {
            remaining[x]++;
        }
        for (int v = 0; v < THREADS; v++) {
            assertEquals(4L * N, remaining[v] + popped.get(v), "byte " + v);
        }
    }

    /**
     * The same workloads with no guard at all (the unsafe design): updates may be lost and
     * Java exceptions may come out of a corrupted container, but every thread ends.
     */
    @Test
    void withoutLocksRacingThreadsMayCorruptContainersButOnlyThrow() {
        Interpreter interp = TestStrategy.interpreter(ObjectLocks.NONE);
        PyList l = new PyList();
        PyDict d = new PyDict();
        PySet s = new PySet();
        PyByteArray b = new PyByteArray(new byte[0]);
        PyStr[][] keys = keys(THREADS, N / 4);
        List<Throwable> thrown = Workers.run(interp, THREADS, (ts, id) -> {
            PyInt v = PyInt.of(id);
            for (PyStr k : keys[id]) {
                runIgnoringExceptions(() -> call(ts, l, "append", v));
                runIgnoringExceptions(() -> call(ts, l, "pop", PyInt.of(0)));
                runIgnoringExceptions(() -> call(ts, d, "__setitem__", k, v));
                runIgnoringExceptions(() -> call(ts, s, "add", k));
                runIgnoringExceptions(() -> call(ts, b, "append", v));
            }
        });
        assertTrue(thrown.isEmpty(), () -> "an Error escaped: " + thrown.get(0));
    }

    /** Runs body; a RuntimeException (what a corrupted container throws) is expected and dropped. */
    private static void runIgnoringExceptions(Runnable body) {
        try {
            body.run();
        } catch (RuntimeException expected) {
            // Without a guard, racing threads can leave a container inconsistent.
        }
    }
}

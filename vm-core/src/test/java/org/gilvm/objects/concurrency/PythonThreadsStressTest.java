package org.gilvm.objects.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilvm.compiler.Compiler;
import org.gilvm.interp.Eval;
import org.gilvm.interp.Frame;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyByteArray;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Python functions run at once on several threads with no GIL, so that the interpreter's own
 * fast paths (LOAD_GLOBAL and STORE_GLOBAL on a shared module dict, STORE_SUBSCR,
 * BINARY_SUBSCR, UNPACK_SEQUENCE of a shared list, list iteration) meet the container locks
 * and each other. Reference counts are atomic, so a value read without holding a reference
 * and freed by another thread shows up as a use-after-free error.
 */
class PythonThreadsStressTest {
    private static final int THREADS = 4;
    private static final int N = 4_000;

    private static final String SOURCE = """
            G = [0, 0]

            def work(tid, n, lst, d, s, ba, latest):
                for i in range(n):
                    lst.append(tid)
                    d[tid * n + i] = tid
                    s.add((tid, i))
                    ba.append(tid)
                    latest[tid] = [i, i]
                for i in range(0, n, 2):
                    del d[tid * n + i]
                    s.discard((tid, i))
                seen = 0
                for x in lst:
                    seen += 1
                return seen

            def rebind(tid, n):
                global G
                for i in range(n):
                    G = [tid, i]
                    a, b = G
                    G[0] = G[1] + a - a
                    if G[0] != G[1] and len(G) != 2:
                        raise AssertionError(G)
            """;

    /** Runs the module in a fresh namespace and returns it. */
    private static PyDict load(Interpreter interp) {
        ThreadState ts = new ThreadState(interp);
        PyCode code = Compiler.compileModule(Parser.parse(SOURCE, "stress.py"), "stress.py", ts);
        PyDict globals = new PyDict();
        globals.setStr(ts, "__builtins__", interp.builtins());
        globals.setStrSteal(ts, "__name__", new PyStr("stress"));
        ts.decref(Eval.run(ts, new Frame(code, null, globals, interp.builtins().dict(), globals)));
        return globals;
    }

    private static PyObject call(ThreadState ts, PyObject f, PyObject... args) {
        return f.call(ts, args, 0, args.length, null);
    }

    @Test
    void sharedContainersReceiveEveryStoreFromPythonThreads() {
        Interpreter interp = TestStrategy.mutexInterpreter();
        PyDict globals = load(interp);
        PyObject work = globals.getStr("work");
        PyList lst = new PyList();
        PyDict d = new PyDict();
        PySet s = new PySet();
        PyByteArray ba = new PyByteArray(new byte[0]);
        PyDict latest = new PyDict();
        long[] seen = new long[THREADS];
        Workers.runClean(interp, THREADS, (ts, id) -> {
            PyObject r = call(ts, work, PyInt.of(id), PyInt.of(N), lst, d, s, ba, latest);
            seen[id] = ((PyInt) r).longValue();
            ts.decref(r);
        });
        ThreadState ts = new ThreadState(interp);
        assertEquals(THREADS * N, lst.size());
        assertEquals(THREADS * N / 2, d.size());
        assertEquals(THREADS * N / 2, s.size());
        assertEquals(THREADS * N, ba.size());
        for (int t = 0; t < THREADS; t++) {
            assertTrue(seen[t] >= N && seen[t] <= (long) THREADS * N, "iteration saw " + seen[t]);
            for (int i = 0; i < N; i++) {
                PyObject key = PyInt.of((long) t * N + i);
                PyObject v = d.getRef(ts, key);
                assertEquals(i % 2 == 0 ? null : PyInt.of(t), v);
                ts.decref(key);
                PyTuple member = PyTuple.of(PyInt.of(t), PyInt.of(i));
                assertEquals(i % 2 == 1, s.containsKey(ts, member));
                ts.decref(member);
            }
            PyObject last = latest.getRef(ts, PyInt.of(t));
            assertEquals("[" + (N - 1) + ", " + (N - 1) + "]", last.repr(ts));
            ts.decref(last);
        }
    }

    @Test
    void rebindingAGlobalWhileOthersReadItFreesNothingInUse() {
        Interpreter interp = TestStrategy.mutexInterpreter();
        PyDict globals = load(interp);
        PyObject rebind = globals.getStr("rebind");
        Workers.runClean(interp, THREADS, (ts, id) -> ts.decref(call(ts, rebind, PyInt.of(id), PyInt.of(N * 5))));
        PyObject g = globals.getStr("G");
        assertTrue(g instanceof PyList l && l.size() == 2, () -> "G is " + g);
    }
}

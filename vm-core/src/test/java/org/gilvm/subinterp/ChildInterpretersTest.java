package org.gilvm.subinterp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * multiprocessing's processes are child interpreters: each has its own strategy instance, its
 * own modules and objects, runs the parent's main script as {@code __mp_main__}, and ends as
 * a process does. These run under vm-core's single-thread strategy, which every child gets a
 * fresh instance of (a pool needs no thread of its own for map and apply);
 * lock-strategies runs {@link ChildStrategiesCheck} under the real ones.
 */
class ChildInterpretersTest {
    @TempDir
    Path dir;

    @Test
    void eachChildHasItsOwnInterpreterAndStrategyInstance() throws Exception {
        ChildStrategiesCheck.run(dir, null);
    }

    @Test
    void whatAChildChangesStaysInTheChild() throws IOException {
        ProgramHarness.Run r = ProgramHarness.run(dir, """
                import multiprocessing as mp

                COUNTER = [0]

                def change(items, q):
                    items.append("child")
                    items[0]["k"] = "child"
                    COUNTER[0] += 100
                    q.put((items, COUNTER[0]))

                if __name__ == "__main__":
                    items = [{"k": "parent"}]
                    q = mp.Queue()
                    p = mp.Process(target=change, args=(items, q))
                    p.start()
                    print(q.get())
                    p.join()
                    print(items, COUNTER, p.exitcode)
                """);
        assertEquals("([{'k': 'child'}, 'child'], 100)\n[{'k': 'parent'}] [0] 0\n", r.out(), r::toString);
    }

    @Test
    void theMainScriptRunsAgainInTheChildAsMpMain() throws IOException {
        ProgramHarness.Run r = ProgramHarness.run(dir, """
                import multiprocessing as mp
                import sys
                print("top level of", __name__)

                def where():
                    print("child:", __name__, sys.modules["__main__"].__name__, mp.current_process().name)

                if __name__ == "__main__":
                    p = mp.Process(target=where, name="worker")
                    p.start()
                    p.join()
                    print("parent:", __name__, sys.modules["__mp_main__"] is sys.modules["__main__"])
                """);
        assertEquals("top level of __main__\ntop level of __mp_main__\nchild: __mp_main__ __mp_main__ worker\n"
                + "parent: __main__ True\n", r.out(), r::toString);
    }

    @Test
    void startingAProcessWhileTheChildRunsTheMainScriptFailsAsCPythonSays() throws IOException {
        ProgramHarness.Run r = ProgramHarness.run(dir, """
                import multiprocessing as mp

                def f():
                    pass

                p = mp.Process(target=f)
                p.start()
                p.join()
                print("exitcode", p.exitcode)
                """);
        assertEquals("exitcode 1\n", r.out(), r::toString);
        assertTrue(r.err().contains("RuntimeError: \n        An attempt has been made to start a new process before the\n"
                + "        current process has finished its bootstrapping phase.\n"), r::toString);
        assertEquals(0, r.exit());
    }

    /** A terminated child stops at once; the call it was running fails instead of never ending. */
    @Test
    void terminateStopsABusyChild() throws IOException {
        ProgramHarness.Run r = ProgramHarness.run(dir, """
                import multiprocessing as mp

                QUEUE = None

                def spin(q):
                    q.put("spinning")
                    while True:
                        pass

                def keep(q):
                    global QUEUE
                    QUEUE = q

                def spin_kept():
                    spin(QUEUE)

                if __name__ == "__main__":
                    q = mp.Queue()
                    p = mp.Process(target=spin, args=(q,))
                    p.start()
                    print(q.get())
                    p.terminate()
                    p.join()
                    print(p.exitcode, p.is_alive(), repr(p).endswith("exitcode=-SIGTERM>"))
                    with mp.Pool(1, initializer=keep, initargs=(q,)) as pool:
                        r = pool.apply_async(spin_kept)
                        print(q.get())
                    print(mp.active_children(), r.ready(), r.successful())
                    try:
                        r.get()
                    except RuntimeError as e:
                        print(e)
                """);
        assertEquals("spinning\n-15 False True\nspinning\n[] True False\n"
                + "the process running the call ended abruptly (terminated)\n", r.out(), r::toString);
    }

    @Test
    void aPoolWhoseInitializerFailsFailsItsTasksWithThatError() throws IOException {
        ProgramHarness.Run r = ProgramHarness.run(dir, """
                import multiprocessing as mp

                def init(x):
                    raise OSError("cannot set up", x)

                def work(x):
                    return x

                if __name__ == "__main__":
                    with mp.Pool(1, initializer=init, initargs=(7,)) as pool:
                        try:
                            pool.map(work, [1, 2])
                        except OSError as e:
                            print("OSError", e.args)
                """);
        assertEquals("OSError ('cannot set up', 7)\n", r.out(), r::toString);
        assertTrue(r.err().startsWith("Process SpawnPoolWorker-1:\nTraceback (most recent call last):\n"), r::toString);
        assertTrue(r.err().endsWith("OSError: [Errno cannot set up] 7\n"), r::toString);
    }

    @Test
    void workerExceptionsComeBackWithTheWorkersTracebackAsTheirCause() throws IOException {
        ProgramHarness.Run r = ProgramHarness.run(dir, """
                import multiprocessing as mp

                def bad(x):
                    return {}[x]

                if __name__ == "__main__":
                    with mp.Pool(1) as pool:
                        try:
                            pool.map(bad, ["key"])
                        except KeyError as e:
                            print(repr(e), type(e.__cause__).__name__)
                            print(str(e.__cause__))
                """);
        assertEquals("KeyError('key') RemoteTraceback\n\n\"\"\"\nTraceback (most recent call last):\n"
                + "  File \"<gilvm>/multiprocessing/pool.py\", line ?, in mapstar\n"
                + "    return list(map(*args))\n"
                + "           ^^^^^^^^^^^^^^^^\n"
                + "  File \"main.py\", line 4, in bad\n"
                + "    return {}[x]\n"
                + "           ~~^^^\n"
                + "KeyError: 'key'\n\"\"\"\n", r.out().replaceAll("pool.py\", line \\d+", "pool.py\", line ?"),
                r::toString);
    }
}

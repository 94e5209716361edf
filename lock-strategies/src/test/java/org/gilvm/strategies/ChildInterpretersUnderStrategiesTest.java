package org.gilvm.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.Strategies;
import org.gilvm.subinterp.ChildStrategiesCheck;
import org.gilvm.subinterp.ProgramHarness;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * multiprocessing under the real strategies: every worker of a pool is an interpreter with its
 * own instance of the parent's strategy (under {@code gil}, CPU-bound workers each hold their
 * own GIL, which is why multiprocessing scales where threads do not); threads of the parent
 * and children started from it work together; a busy child under a GIL is stopped by
 * terminate(). The golden programs of tests/golden/multiprocessing run under every safe
 * strategy in GoldenCorpusUnderStrategiesTest.
 */
class ChildInterpretersUnderStrategiesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"gil", "atomic-refcount", "tracing", "unsafe-refcount"})
    void eachWorkerHasItsOwnStrategyInstance(String strategy) throws Exception {
        ChildStrategiesCheck.run(dir, Strategies.find(strategy).create(StrategySettings.defaults()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "atomic-refcount", "tracing"})
    void threadsSubmitToOneProcessPoolAndATerminatedChildStops(String strategy) throws IOException {
        ProgramHarness.Run r = ProgramHarness.run(dir, """
                import concurrent.futures as cf
                import multiprocessing as mp
                import threading

                def count(n):
                    i = 0
                    while i < n:
                        i += 1
                    return i

                def spin(q):
                    q.put("spinning")
                    while True:
                        pass

                if __name__ == "__main__":
                    results = []
                    with cf.ProcessPoolExecutor(max_workers=2) as ex:
                        def submit(k):
                            results.extend(f.result() for f in [ex.submit(count, k * 1000) for _ in range(5)])
                        threads = [threading.Thread(target=submit, args=(k,)) for k in range(1, 5)]
                        for t in threads:
                            t.start()
                        for t in threads:
                            t.join()
                    print(sorted(results))
                    q = mp.Queue()
                    p = mp.Process(target=spin, args=(q,))
                    p.start()
                    print(q.get())
                    p.terminate()
                    p.join()
                    print(p.exitcode, mp.active_children())
                """, Strategies.find(strategy).create(StrategySettings.defaults()), null, false);
        StringBuilder expected = new StringBuilder("[");
        for (int k = 1; k <= 4; k++) {
            for (int j = 0; j < 5; j++) {
                expected.append(k * 1000).append(k == 4 && j == 4 ? "" : ", ");
            }
        }
        assertEquals(expected + "]\nspinning\n-15 []\n", r.out(), r::toString);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().isEmpty(), r::toString);
    }
}

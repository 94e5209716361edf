package org.gilvm.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.SwitchPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seeds' claims about races, as invariants: which designs lose {@code n += 1} updates
 * and which free objects still in use. Where a race must show, the program is retried a
 * bounded number of times (a race is likely, not certain, in any one run); where it must not,
 * one clean run of many interleavings is the check.
 */
class RaceInvariantsTest {
    private static final int TRIES = 6;

    /** 4 threads, each adding 1 to a global 50,000 times: 200,000 when nothing is lost. */
    private static final String INCREMENT_RACE = StrategyCompatibilityKit.onThreads(4, """
            n = 0
            def work(k):
                global n
                for i in range(50000):
                    n += 1
            """) + "print(n)\n";

    /** A short switch interval makes many hand-overs, so a non-atomic sequence is often cut. */
    private static StrategySettings gil(SwitchPoints points) {
        return StrategySettings.defaults().withSwitchInterval(Duration.ofNanos(20_000)).withSwitchPoints(points);
    }

    private static long count(ProgramRun r) {
        assertEquals(0, r.status(), r.toString());
        return Long.parseLong(r.out().strip());
    }

    @Test
    void incrementLosesNothingUnderAGilThatSwitchesOnlyAtBackwardJumps() {
        ProgramRun r = ProgramRun.of("gil", gil(SwitchPoints.BACKWARD_JUMPS), INCREMENT_RACE);
        assertEquals(200000, count(r), r.toString());
    }

    @Test
    void incrementLosesUpdatesUnderAGilThatSwitchesAtEveryInstruction() {
        for (int i = 0; i < TRIES; i++) {
            if (count(ProgramRun.of("gil", gil(SwitchPoints.EVERY_INSTRUCTION), INCREMENT_RACE)) < 200000) {
                return;
            }
        }
        fail("no update lost in " + TRIES + " runs with switches at every instruction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"atomic-refcount", "tracing"})
    void incrementLosesUpdatesWithoutAGil(String strategy) {
        for (int i = 0; i < TRIES; i++) {
            if (count(ProgramRun.of(strategy, INCREMENT_RACE)) < 200000) {
                return;
            }
        }
        fail("no update lost in " + TRIES + " runs under " + strategy);
    }

    /**
     * The seeds' refcount race: threads take and drop references to the same few objects.
     * Each loop iteration increfs and decrefs a shared list element several times.
     */
    private static final String REFCOUNT_RACE = StrategyCompatibilityKit.onThreads(2, """
            shared = [[i] for i in range(4)]
            def work(k):
                for i in range(300000):
                    x = shared[i & 3]
                    y = x
                    z = y
            """) + "print('clean')\n";

    @Test
    void theRefcountRaceEndsInADetectedUseAfterFreeUnderUnsafeRefcounts() {
        for (int i = 0; i < TRIES * 2; i++) {
            ProgramRun r = ProgramRun.of("unsafe-refcount", REFCOUNT_RACE);
            if (r.status() == 134) {
                assertTrue(r.err().startsWith("Fatal Python error: use after free: "), r.toString());
                assertTrue(r.err().contains("freed 'list' object in thread "), r.toString());
                assertTrue(r.err().contains(", at "), r.toString());
                return;
            }
            assertEquals(0, r.status(), r.toString());
        }
        fail("no use after free detected in " + TRIES * 2 + " runs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "atomic-refcount", "tracing"})
    void theRefcountRaceIsHarmlessUnderTheSafeStrategies(String strategy) {
        ProgramRun r = ProgramRun.of(strategy, REFCOUNT_RACE);
        assertEquals("clean\n", r.out(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }
}

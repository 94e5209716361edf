package org.gilvm.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.gilvm.spi.GilPolicy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.SwitchPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The GIL under pressure: many threads, a very short switch interval (so thousands of
 * hand-overs), exceptions raised and caught, blocking calls, threads whose function raises. The invariants: every thread finishes (no deadlock: the timeout is only a hang
 * guard), and with switches at backward jumps no {@code n += 1} is lost, which could not hold
 * if two threads ever ran Python code at once (the GIL was lost).
 */
class GilHandOffStressTest {
    private static final String PROGRAM = StrategyCompatibilityKit.onThreads(12, """
            import time
            n = 0
            def bump():
                global n
                n += 1
            def work(k):
                global n
                for i in range(20000):
                    n += 1
                    if i % 1000 == 0:
                        try:
                            {}[i]
                        except KeyError:
                            bump()
                            n -= 1
                    if i % 5000 == k:
                        time.sleep(0)
                if k % 4 == 3:
                    raise ValueError("thread %d ends badly" % k)
            """) + "print(n)\nprint(sorted(_errors))\n";

    private static StrategySettings settings(GilPolicy policy, SwitchPoints points) {
        return StrategySettings.defaults().withSwitchInterval(Duration.ofNanos(10_000)).withPolicy(policy)
                .withSwitchPoints(points);
    }

    private static final String ERRORS = "[\"ValueError('thread 11 ends badly')\", "
            + "\"ValueError('thread 3 ends badly')\", \"ValueError('thread 7 ends badly')\"]\n";

    private static void assertThreeThreadsDiedOfTheirException(ProgramRun r) {
        assertEquals(0, r.status(), r.toString());
        assertEquals(ERRORS, r.out().substring(r.out().indexOf('\n') + 1), r.toString());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void thousandsOfHandOversLoseNoUpdateAndNoThread() {
        ProgramRun r = ProgramRun.of("gil", settings(GilPolicy.INTERVAL, SwitchPoints.BACKWARD_JUMPS), PROGRAM);
        assertEquals("240000\n" + ERRORS, r.out(), r.toString());
        assertThreeThreadsDiedOfTheirException(r);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void switchingAtEveryInstructionStillFinishesEveryThread() {
        ProgramRun r = ProgramRun.of("gil", settings(GilPolicy.INTERVAL, SwitchPoints.EVERY_INSTRUCTION), PROGRAM);
        assertThreeThreadsDiedOfTheirException(r);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theLegacyTicksGilFinishesEveryThread() {
        ProgramRun r = ProgramRun.of("gil", settings(GilPolicy.LEGACY_TICKS, SwitchPoints.BACKWARD_JUMPS), PROGRAM);
        assertThreeThreadsDiedOfTheirException(r);
    }
}

package org.gilvm.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where a run's warm-up ends, read from its RESULT line. */
class LauncherTest {
    @Test
    void theCutoffIsHalfWayThroughTheTimedPart() {
        RunOutput out = RunOutput.parse("RESULT seconds=0.5000 timed_from=1795347796.250000\n");
        assertEquals(Instant.ofEpochSecond(1795347796, 500_000_000), Launcher.warmupCutoff(out));
    }

    @Test
    void aWorkloadWithoutWarmUpHasNoCutoff() {
        assertNull(Launcher.warmupCutoff(RunOutput.parse("RESULT seconds=0.5 ops=3\n")));
    }
}

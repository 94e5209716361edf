package org.gilvm.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gilvm.experiment.Claim.Verdict;
import org.junit.jupiter.api.Test;

/** Each claim's verdict on made-up results, both ways, and "not measured" without runs. */
class ClaimsTest {
    private static Claim claim(Synthetic s, String id) {
        return new Claims(s.results()).evaluate().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void cpuBoundIsConfirmedWhenTheGilDesignsStayFlat() {
        Synthetic s = new Synthetic().run("cpu-bound", "gil", 1, 1.0).run("cpu-bound", "gil", 2, 1.05)
                .run("cpu-bound", "cpython", 1, 1.0).run("cpu-bound", "cpython", 2, 0.98)
                .run("cpu-bound", "tracing", 1, 1.0).run("cpu-bound", "tracing", 2, 0.52);
        Claim c = claim(s, "cpu-bound-gil");
        assertEquals(Verdict.CONFIRMED, c.verdict());
        assertTrue(c.measurement().contains("gil 0.95x on 2"), c.measurement());
        assertTrue(c.measurement().contains("tracing 1.92x on 2"), c.measurement());
    }

    @Test
    void cpuBoundIsRefutedWhenAGilDesignScales() {
        Synthetic s = new Synthetic().run("cpu-bound", "gil", 1, 1.0).run("cpu-bound", "gil", 2, 0.55);
        assertEquals(Verdict.REFUTED, claim(s, "cpu-bound-gil").verdict());
    }

    @Test
    void withCpuTimesTheCoresBusyDecideNotTheSpeedUp() {
        // CPython finished sooner on two threads with one core busy: cheaper iterations, not parallel ones.
        Synthetic oneCore = new Synthetic().run("cpu-bound", "cpython", 1, 0.84, "cpu_seconds", 0.84)
                .run("cpu-bound", "cpython", 2, 0.58, "cpu_seconds", 0.58)
                .run("cpu-bound", "tracing", 1, 0.54, "cpu_seconds", 0.55).run("cpu-bound", "tracing", 2, 0.28, "cpu_seconds", 0.54);
        Claim c = claim(oneCore, "cpu-bound-gil");
        assertEquals(Verdict.CONFIRMED, c.verdict(), c.measurement());
        assertTrue(c.measurement().contains("cores busy (CPU time / wall time) at that thread count: CPython 1.00; tracing 1.93"),
                c.measurement());
        assertTrue(c.qualifier().startsWith("CPython finished sooner on several threads with one core busy"), c.qualifier());
        Synthetic parallel = new Synthetic().run("cpu-bound", "gil", 1, 1.0, "cpu_seconds", 1.0)
                .run("cpu-bound", "gil", 2, 1.0, "cpu_seconds", 1.6);
        assertEquals(Verdict.REFUTED, claim(parallel, "cpu-bound-gil").verdict());
    }

    @Test
    void claimsWithoutRunsAreNotMeasured() {
        Synthetic s = new Synthetic().run("containers", "gil", 1, 1.0);
        for (Claim c : new Claims(s.results()).evaluate()) {
            assertEquals(Verdict.NOT_MEASURED, c.verdict(), c.id());
        }
    }

    @Test
    void ioBoundBothWays() {
        Synthetic yes = new Synthetic().run("io-bound", "gil", 1, 1.0).run("io-bound", "gil", 4, 0.26);
        assertEquals(Verdict.CONFIRMED, claim(yes, "io-bound-gil").verdict());
        Synthetic no = new Synthetic().run("io-bound", "gil", 1, 1.0).run("io-bound", "gil", 4, 0.9);
        assertEquals(Verdict.REFUTED, claim(no, "io-bound-gil").verdict());
    }

    @Test
    void refcountRaceNeedsADetectedUseAfterFreeAndCleanGuardedRuns() {
        Synthetic yes = new Synthetic().fatal("refcount-race", "unsafe-refcount", 2,
                        "Fatal Python error: use after free: incref of a freed 'list' object")
                .run("refcount-race", "unsafe-refcount", 2, 0.3, "clean", 1)
                .run("refcount-race", "gil", 2, 0.3, "clean", 1);
        Claim c = claim(yes, "refcount-race");
        assertEquals(Verdict.CONFIRMED, c.verdict());
        assertTrue(c.measurement().startsWith("unsafe-refcount: use after free detected in 1 of 2 runs"), c.measurement());
        Synthetic no = new Synthetic().run("refcount-race", "unsafe-refcount", 2, 0.3, "clean", 1);
        assertEquals(Verdict.REFUTED, claim(no, "refcount-race").verdict());
        Synthetic guardedFailed = new Synthetic().fatal("refcount-race", "unsafe-refcount", 2, "Fatal Python error: use after free: x")
                .run("refcount-race", "gil", 2, 0.3, "clean", 0);
        assertEquals(Verdict.REFUTED, claim(guardedFailed, "refcount-race").verdict());
    }

    @Test
    void incrementRaceNamesTheSwitchPointSettingThatLosesUpdates() {
        Synthetic s = new Synthetic().run("increment-race", "gil", 4, 0.1, "lost", 0, "expected", 400000)
                .run("increment-race", "gil:every-instruction", 4, 0.1, "lost", 1234, "expected", 400000)
                .run("increment-race", "tracing", 4, 0.1, "lost", 99999, "expected", 400000);
        Claim c = claim(s, "increment-not-atomic");
        assertEquals(Verdict.CONFIRMED, c.verdict());
        assertTrue(c.qualifier().contains("every instruction (CPython <= 3.9)"), c.qualifier());
        assertTrue(c.qualifier().contains("not with switches at backward jumps (CPython 3.10+)"), c.qualifier());
        Synthetic none = new Synthetic().run("increment-race", "gil", 4, 0.1, "lost", 0, "expected", 400000);
        Claim n = claim(none, "increment-not-atomic");
        assertEquals(Verdict.REFUTED, n.verdict());
        assertTrue(n.verdictText().startsWith("not confirmed (no GIL run lost an update"), n.verdictText());
    }

    @Test
    void futileWakeupsFromTheJfrFigures() {
        Synthetic yes = new Synthetic().runWithFigures("cpu-bound", "gil", 2, 1.0, Synthetic.gilFigures(12, 1000, 3000));
        Claim c = claim(yes, "futile-wakeups");
        assertEquals(Verdict.CONFIRMED, c.verdict());
        assertTrue(c.measurement().contains("12 futile wake-ups"), c.measurement());
        Synthetic no = new Synthetic().runWithFigures("cpu-bound", "gil", 2, 1.0,
                new JfrFigures(2, 1, 0, 0, "plain", 0, 10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals(Verdict.REFUTED, claim(no, "futile-wakeups").verdict());
    }

    @Test
    void multiprocessingAndNativeReleaseScaleOrNot() {
        for (String w : List.of("multiprocessing", "native-release")) {
            String id = w + "-scales";
            Synthetic yes = new Synthetic().run(w, "gil", 1, 1.0).run(w, "gil", 2, 0.55);
            assertEquals(Verdict.CONFIRMED, claim(yes, id).verdict(), w);
            Synthetic no = new Synthetic().run(w, "gil", 1, 1.0).run(w, "gil", 2, 1.0);
            assertEquals(Verdict.REFUTED, claim(no, id).verdict(), w);
        }
    }

    @Test
    void aScalingClaimWithAGilDesignBetweenTheThresholdsIsInconclusiveAndNamesIt() {
        Synthetic s = new Synthetic().run("multiprocessing", "gil", 1, 1.0).run("multiprocessing", "gil", 2, 0.55)
                .run("multiprocessing", "cpython", 1, 1.0).run("multiprocessing", "cpython", 2, 0.72);
        Claim c = claim(s, "multiprocessing-scales");
        assertEquals(Verdict.INCONCLUSIVE, c.verdict());
        assertEquals("inconclusive (CPython between 1.25x and 1.5x: measure again with more repeats (--repeat))",
                c.verdictText());
        Synthetic flatToo = s.run("multiprocessing", "gil:every-instruction", 1, 1.0)
                .run("multiprocessing", "gil:every-instruction", 2, 0.95);
        assertEquals(Verdict.REFUTED, claim(flatToo, "multiprocessing-scales").verdict());
    }

    @Test
    void retriedRacesNameTheirAttempts() {
        Synthetic s = new Synthetic().fatal("refcount-race", "unsafe-refcount", 2, "Fatal Python error: use after free: x")
                .fatal("refcount-race", "unsafe-refcount", 2, "Fatal Python error: use after free: x");
        List<RunResult> runs = s.runs();
        runs.set(1, runs.get(1).attempt(3));
        Claim c = new Claims(new Results(runs)).evaluate().stream().filter(x -> x.id().equals("refcount-race")).findFirst().orElseThrow();
        assertTrue(c.measurement().contains("detected in 2 of 2 runs (attempts 1, 3 of at most " + Experiment.RACE_ATTEMPTS + ")"),
                c.measurement());
        Synthetic once = new Synthetic().fatal("refcount-race", "unsafe-refcount", 2, "Fatal Python error: use after free: x");
        assertTrue(!claim(once, "refcount-race").measurement().contains("attempts"));
    }

    @Test
    void onlyRacesADesignDoesNotPreventAreRetried() {
        assertTrue(Experiment.retriesRace(spec("refcount-race", "unsafe-refcount", 2)));
        assertTrue(Experiment.retriesRace(spec("increment-race", "gil:every-instruction", 2)));
        assertTrue(Experiment.retriesRace(spec("increment-race", "tracing", 2)));
        for (RunSpec safe : List.of(spec("refcount-race", "gil", 2), spec("refcount-race", "atomic-refcount", 2),
                spec("refcount-race", "tracing", 2), spec("refcount-race", "unsafe-refcount", 1), spec("increment-race", "gil", 2),
                spec("increment-race", "gil:backward-jumps", 2), spec("increment-race", "cpython", 2), spec("cpu-bound", "unsafe-refcount", 2))) {
            assertTrue(!Experiment.retriesRace(safe), safe.toString());
        }
    }

    private static RunSpec spec(String workload, String variant, int threads) {
        return new RunSpec(Workload.byName(workload), Variant.parse(variant), threads, 1);
    }
}

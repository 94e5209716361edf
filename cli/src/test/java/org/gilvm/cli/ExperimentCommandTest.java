package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gilvm experiment --quick} end to end on a small matrix: real runs, each in a fresh
 * JVM (this test's class path), with JFR recordings read back; the report's structure is
 * checked, never a timing.
 */
class ExperimentCommandTest {
    @TempDir
    Path out;

    @Test
    void aQuickMatrixWritesTheReportResultsAndCharts() throws Exception {
        CliRun r = CliRun.run("experiment", "--quick", "--repeat", "1", "--workloads", "cpu-bound,increment-race,refcount-race",
                "--strategies", "gil,tracing,unsafe-refcount", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("report.md", "report.html", "results.json", "results.csv",
                "charts/speedup-cpu-bound.png", "charts/speedup-cpu-bound.svg", "charts/lost-updates.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " in " + r.err());
        }
        String md = Files.readString(out.resolve("report.md"));
        for (String s : List.of("## Claims", "## Conclusions", "## Workload: cpu-bound", "## Workload: increment-race",
                "## Workload: refcount-race", "## How this was measured", "| gil:every-instruction |",
                "CPU-bound threads do not run faster under a GIL", "`n += 1` is not atomic")) {
            assertTrue(md.contains(s), s + "\n" + md);
        }
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        // 3 workloads x 2 thread counts x (3 strategies, + gil:every-instruction for the increment race)
        assertEquals(1 + 3 * 2 * 3 + 2, csv.size(), String.join("\n", csv));
        String gilCpu = csv.stream().filter(l -> l.startsWith("cpu-bound,gil,2,")).findFirst().orElseThrow();
        assertTrue(gilCpu.contains(",plain,"), "JFR figures of a gil run: " + gilCpu);
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertTrue(runs.anyMatch(p -> p.toString().endsWith(".jfr")));
        }
    }

    @Test
    void badArgumentsAreOneLineAndExit2() {
        CliRun w = CliRun.run("experiment", "--workloads", "nope", "--out", out.toString());
        assertEquals(2, w.exit());
        assertTrue(w.err().startsWith("gilvm experiment: unknown workload 'nope' (valid: cpu-bound, io-bound,"), w.err());
        CliRun s = CliRun.run("experiment", "--strategies", "gil,fast", "--out", out.toString());
        assertEquals(2, s.exit());
        assertTrue(s.err().startsWith("gilvm experiment: unknown strategy 'fast' (valid: "), s.err());
        CliRun v = CliRun.run("experiment", "--strategies", "gil:sometimes", "--out", out.toString());
        assertEquals(2, v.exit());
        assertTrue(v.err().contains("unknown setting 'sometimes'"), v.err());
        CliRun t = CliRun.run("experiment", "--threads", "0", "--out", out.toString());
        assertEquals(2, t.exit());
    }
}

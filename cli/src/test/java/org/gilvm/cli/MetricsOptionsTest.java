package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --metrics[=HOST:PORT]}, {@code --jfr}, {@code --linger}, {@code --run-id} and the
 * {@code metrics.*} keys, in-process: bad values are usage errors like any other; a metrics
 * or recording failure prints one line and the program runs as if nothing was asked.
 * (What the endpoint serves is the agent module's LiveMetricsTest.)
 */
class MetricsOptionsTest {
    @TempDir
    Path dir;
    String prog;

    @BeforeEach
    void program() throws Exception {
        prog = Files.writeString(dir.resolve("prog.py"), "print('ran')\n").toString();
    }

    @Test
    void metricsTakesItsValueOnlyWhenAttached() {
        Main bare = new Main(Map.of());
        new CommandLine(bare).setStopAtPositional(true).parseArgs("--metrics", "prog.py", "arg");
        assertEquals("", bare.options.metrics);
        assertEquals(List.of("prog.py", "arg"), bare.fileAndArgs);

        Main attached = new Main(Map.of());
        new CommandLine(attached).setStopAtPositional(true).parseArgs("--metrics=0.0.0.0:9100", "prog.py");
        assertEquals("0.0.0.0:9100", attached.options.metrics);
        assertEquals(List.of("prog.py"), attached.fileAndArgs);

        Main none = new Main(Map.of());
        new CommandLine(none).setStopAtPositional(true).parseArgs("prog.py", "--metrics");
        assertNull(none.options.metrics);
        assertEquals(List.of("prog.py", "--metrics"), none.fileAndArgs);
    }

    @Test
    void theFlagsGoIntoTheConfigAndOverrideTheFile() throws Exception {
        String cfg = Files.writeString(dir.resolve("m.yaml"), "metrics:\n  prometheus: 127.0.0.1:9000\n  linger: 5s\n")
                .toString();
        StrategyOptions o = new StrategyOptions();
        o.config = cfg;
        Config fromFile = o.resolve(Map.of(), List.of("gil"));
        assertTrue(o.metricsOn(fromFile), "an address in the config turns metrics on");
        o.metrics = "10.0.0.1:9100";
        o.linger = "1s";
        o.jfr = "x.jfr";
        Config c = o.resolve(Map.of(), List.of("gil"));
        assertEquals("10.0.0.1", c.prometheus().getHostString());
        assertEquals(9100, c.prometheus().getPort());
        assertEquals(java.time.Duration.ofSeconds(1), c.linger());
        assertEquals(Path.of("x.jfr"), c.jfr());
        assertTrue(!new StrategyOptions().metricsOn(Config.EMPTY), "off unless asked");
    }

    @Test
    void badValuesAreUsageErrors() {
        assertUsageError("gilvm: --metrics: 'localhost' is not host:port, such as 127.0.0.1:9464",
                CliRun.run("--metrics=localhost", prog));
        assertUsageError("gilvm: --linger: '-1s' is negative: give 0s or more", CliRun.run("--linger", "-1s", prog));
        assertUsageError("gilvm: --jfr: an empty file name is not a path", CliRun.run("run", "--jfr", "", prog));
        assertUsageError("gilvm: --run-id: an empty run id; give a name such as count-gil-1",
                CliRun.run("--run-id", " ", prog));
    }

    @Test
    void aTakenPortPrintsOneLineAndTheProgramRunsAsUsual() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun r = CliRun.run("--metrics=127.0.0.1:" + taken.getLocalPort(), prog);
            assertEquals(0, r.exit(), r.err());
            assertEquals("ran\n", r.out());
            assertEquals("gilvm: metrics: port " + taken.getLocalPort() + " is taken; metrics are off for this run\n",
                    r.err());
        }
    }

    @Test
    void metricsOnAFreePortChangeNothingTheProgramSees() throws Exception {
        CliRun r = CliRun.run("--metrics=127.0.0.1:0", "--linger", "0s", prog);
        assertEquals(0, r.exit(), r.err());
        assertEquals("ran\n", r.out());
        assertEquals("", r.err());
        String cfg = Files.writeString(dir.resolve("m.yaml"), "metrics:\n  prometheus: 127.0.0.1:0\n").toString();
        CliRun fromConfig = CliRun.run("--config", cfg, "-c", "import sys; sys.exit(3)");
        assertEquals(3, fromConfig.exit(), "the program's own exit status");
        assertEquals("", fromConfig.err());
    }

    @Test
    void jfrWritesARecordingOfTheRunUnderItsRunId() throws Exception {
        Path file = dir.resolve("run.jfr");
        CliRun r = CliRun.run("run", "--jfr", file.toString(), "--run-id", "cli-jfr", prog);
        assertEquals(0, r.exit(), r.err());
        assertEquals("ran\n", r.out());
        assertEquals("", r.err());
        List<RecordedEvent> runs = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("gilvm.RunInfo")).toList();
        assertTrue(runs.stream().anyMatch(e -> e.getBoolean("ended") && e.getString("run").equals("cli-jfr")
                && e.getString("strategy").equals("gil") && e.getString("program").equals(prog)), runs.toString());
    }

    @Test
    void aRecordingThatCannotBeWrittenPrintsOneLineAndTheProgramRuns() {
        Path file = dir.resolve("no-such-dir").resolve("run.jfr");
        CliRun r = CliRun.run("--jfr", file.toString(), prog);
        assertEquals(0, r.exit(), r.err());
        assertEquals("ran\n", r.out());
        assertEquals("gilvm: jfr: cannot record to " + file + " (no such directory); no recording for this run\n",
                r.err());
    }

    private static void assertUsageError(String line, CliRun r) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(line + "\n", r.err());
        assertEquals("", r.out(), "nothing ran");
    }
}

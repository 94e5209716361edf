package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.gilvm.spi.GilPolicy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.SwitchPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command line, in-process: the strategy named is the one that runs, with the
 * settings asked for, and a bad config or flag prints one line, exits 2 and runs nothing.
 */
class CommandLineConfigTest {
    @TempDir
    Path dir;
    String prog;

    @BeforeEach
    void program() throws Exception {
        prog = Files.writeString(dir.resolve("prog.py"), "print('ran')\n").toString();
    }

    String config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("gilvm.yaml"), yaml).toString();
    }

    @Test
    void theStrategyTheConfigNamesIsTheOneThatRuns() throws Exception {
        String cfg = config("strategy: test-beta\ngil:\n  switch-interval: 2ms\n");
        CliRun r = CliRun.run("--config", cfg, prog);
        assertEquals(0, r.exit(), r.err());
        assertEquals("ran\n", r.out());
        StrategySettings expected = StrategySettings.defaults().withSwitchInterval(Duration.ofMillis(2));
        assertEquals(RecordingStrategies.attachLine("test-beta", expected) + "\n", r.err());
    }

    @Test
    void theRunCommandAndDashCTakeTheSameOptions() throws Exception {
        String cfg = config("strategy: test-beta\n");
        CliRun run = CliRun.run(Map.of("GILVM_CONFIG", cfg), "run", "--strategy", "test-alpha", "--gil-policy",
                "legacy-ticks", "--check-interval", "10", prog);
        assertEquals(0, run.exit(), run.err());
        StrategySettings legacy = StrategySettings.defaults().withPolicy(GilPolicy.LEGACY_TICKS).withCheckInterval(10);
        assertEquals(RecordingStrategies.attachLine("test-alpha", legacy) + "\n", run.err());

        CliRun code = CliRun.run(Map.of("GILVM_CONFIG", cfg), "--switch-points", "every-instruction", "-c", "print(1)");
        assertEquals("1\n", code.out());
        StrategySettings every = StrategySettings.defaults().withSwitchPoints(SwitchPoints.EVERY_INSTRUCTION);
        assertEquals(RecordingStrategies.attachLine("test-beta", every) + "\n", code.err());
    }

    @Test
    void optionsBeforeRunReachIt() throws Exception {
        CliRun r = CliRun.run("--strategy", "test-alpha", "--switch-interval", "1ms",
                "run", "--strategy", "test-beta", prog);
        assertEquals(0, r.exit(), r.err());
        StrategySettings s = StrategySettings.defaults().withSwitchInterval(Duration.ofMillis(1));
        assertEquals(RecordingStrategies.attachLine("test-beta", s) + "\n", r.err());
    }

    @Test
    void optionsAfterTheProgramAreItsArguments() throws Exception {
        Path argv = Files.writeString(dir.resolve("argv.py"), "import sys\nprint(sys.argv[1:])\n");
        CliRun r = CliRun.run(argv.toString(), "--strategy", "nope");
        assertEquals(0, r.exit(), r.err());
        assertEquals("['--strategy', 'nope']\n", r.out());
    }

    @Test
    void aBadConfigExitsTwoWithOneLineAndRunsNothing() throws Exception {
        String cfg = config("gil:\n  switch-interval: 5ms\n  switch-points: every-instr\n");
        assertUsageError("gilvm: " + cfg + ", line 3: gil.switch-points: 'every-instr' is not one of backward-jumps,"
                + " every-instruction", CliRun.run("--config", cfg, prog));
        assertUsageError("gilvm: " + cfg + ", line 3: gil.switch-points: 'every-instr' is not one of backward-jumps,"
                + " every-instruction", CliRun.run("run", "--config", cfg, prog));
        assertUsageError("gilvm: " + cfg + ", line 3: gil.switch-points: 'every-instr' is not one of backward-jumps,"
                + " every-instruction", CliRun.run("--config", cfg, "-c", "print('ran')"));
    }

    @Test
    void eachKindOfConfigErrorIsReportedTheSameWay() throws Exception {
        String cfg = config("strategy: nope\n");
        CliRun r = CliRun.run("--config", cfg, prog);
        assertUsageError(r.err().strip(), r);
        assertTrue(r.err().startsWith("gilvm: " + cfg + ", line 1: strategy: 'nope' is not one of the installed"
                + " strategies: "), r.err());
        assertTrue(r.err().contains("test-alpha") && r.err().contains("test-beta"), r.err());

        cfg = config("strategy: test-alpha\n\nmetrics:\n  prometeus: 127.0.0.1:9464\n");
        assertUsageError("gilvm: " + cfg + ", line 4: metrics.prometeus: unknown key (did you mean metrics.prometheus?);"
                + " valid keys under metrics: prometheus, jfr, linger", CliRun.run("--config", cfg, prog));

        cfg = config("gil:\n  check-interval: many\n");
        assertUsageError("gilvm: " + cfg + ", line 2: gil.check-interval: expected an integer >= 1, got a string 'many'",
                CliRun.run("--config", cfg, prog));

        cfg = config("gil: [\n");
        assertUsageError("gilvm: " + cfg + ", line 2: YAML syntax error: while parsing a flow node: expected the node"
                + " content, but found '<stream end>'", CliRun.run("--config", cfg, prog));

        String missing = dir.resolve("missing.yaml").toString();
        assertUsageError("gilvm: " + missing + ": no such config file", CliRun.run("--config", missing, prog));
        assertUsageError("gilvm: " + missing + " (named by GILVM_CONFIG): no such config file",
                CliRun.run(Map.of("GILVM_CONFIG", missing), prog));
    }

    @Test
    void badFlagValuesAreReportedLikeBadConfigValues() {
        assertUsageError("gilvm: --switch-points: 'sometimes' is not one of backward-jumps, every-instruction",
                CliRun.run("--switch-points", "sometimes", prog));
        assertUsageError("gilvm: --gil-policy: 'fair' is not one of interval, legacy-ticks",
                CliRun.run("run", "--gil-policy", "fair", prog));
        assertUsageError("gilvm: --check-interval: 'ten' is not an integer >= 1",
                CliRun.run("--check-interval", "ten", prog));
        assertUsageError("gilvm: --switch-interval: '5 parsecs' is not a duration (" + ConfigValues.DURATION_FORM + ")",
                CliRun.run("--switch-interval", "5 parsecs", prog));
        CliRun r = CliRun.run("--strategy", "nope", prog);
        assertUsageError(r.err().strip(), r);
        assertTrue(r.err().startsWith("gilvm: --strategy: 'nope' is not one of the installed strategies: "), r.err());
    }

    @Test
    void aFlagOverridesTheFilesValue() throws Exception {
        String cfg = config("strategy: test-alpha\ngil:\n  switch-points: every-instruction\n");
        CliRun r = CliRun.run("--config", cfg, "--switch-points", "backward-jumps", prog);
        assertEquals(RecordingStrategies.attachLine("test-alpha", StrategySettings.defaults()) + "\n", r.err());
    }

    private static void assertUsageError(String line, CliRun r) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(line + "\n", r.err());
        assertEquals("", r.out(), "nothing ran");
    }
}

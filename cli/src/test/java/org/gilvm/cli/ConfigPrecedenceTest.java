package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import picocli.CommandLine;

/** Flags over {@code --config}'s file over {@code GILVM_CONFIG}'s file over the defaults. */
class ConfigPrecedenceTest {
    @TempDir
    Path dir;
    Path envFile;
    Path flagFile;

    @BeforeEach
    void files() throws Exception {
        envFile = Files.writeString(dir.resolve("env.yaml"), """
                strategy: test-alpha
                gil:
                  switch-interval: 7ms
                  check-interval: 70
                """);
        flagFile = Files.writeString(dir.resolve("flag.yaml"), """
                gil:
                  switch-interval: 3ms
                  policy: legacy-ticks
                """);
    }

    /** The options a command line gives the root command, resolved with {@code env}. */
    static Config resolve(Map<String, String> env, String... args) throws ConfigException {
        Main main = new Main(env);
        new CommandLine(main).setStopAtPositional(true).parseArgs(args);
        return main.options.resolve(env);
    }

    @Test
    void nothingGivenIsAllDefaults() throws ConfigException {
        Config c = resolve(Map.of(), "prog.py");
        assertEquals(Config.EMPTY, c);
        assertEquals(StrategySettings.defaults(), c.settings());
    }

    @Test
    void gilvmConfigNamesTheFileWhenThereIsNoConfigFlag() throws ConfigException {
        Config c = resolve(Map.of("GILVM_CONFIG", envFile.toString()), "prog.py");
        assertEquals("test-alpha", c.strategy());
        assertEquals(Duration.ofMillis(7), c.switchInterval());
        assertEquals(70, c.checkInterval());
    }

    @Test
    void theConfigFlagReplacesGilvmConfigsFileWhole() throws ConfigException {
        Config c = resolve(Map.of("GILVM_CONFIG", envFile.toString()), "--config", flagFile.toString(), "prog.py");
        assertEquals(null, c.strategy());
        assertEquals(null, c.checkInterval());
        assertEquals(Duration.ofMillis(3), c.switchInterval());
        assertEquals(GilPolicy.LEGACY_TICKS, c.gilPolicy());
    }

    @Test
    void flagsOverrideTheFileKeyByKey() throws ConfigException {
        Config c = resolve(Map.of("GILVM_CONFIG", envFile.toString()), "--switch-interval", "250us",
                "--switch-points", "every-instruction", "--strategy", "test-beta", "prog.py");
        assertEquals("test-beta", c.strategy());
        assertEquals(Duration.ofNanos(250_000), c.switchInterval());
        assertEquals(SwitchPoints.EVERY_INSTRUCTION, c.switchPoints());
        assertEquals(70, c.checkInterval());
        assertEquals(new StrategySettings(Duration.ofNanos(250_000), SwitchPoints.EVERY_INSTRUCTION, GilPolicy.INTERVAL, 70),
                c.settings());
    }

    @Test
    void anEmptyGilvmConfigIsIgnored() throws ConfigException {
        assertEquals(Config.EMPTY, resolve(Map.of("GILVM_CONFIG", ""), "prog.py"));
    }

    @Test
    void runsOwnOptionsWinOverThoseGivenBeforeIt() {
        StrategyOptions outer = new StrategyOptions();
        outer.strategy = "test-alpha";
        outer.switchInterval = "1ms";
        outer.checkRefs = true;
        StrategyOptions inner = new StrategyOptions();
        inner.strategy = "test-beta";
        StrategyOptions both = inner.over(outer);
        assertEquals("test-beta", both.strategy);
        assertEquals("1ms", both.switchInterval);
        assertTrue(both.checkRefs);
        assertFalse(new StrategyOptions().over(new StrategyOptions()).checkRefs);
    }

    @Test
    void theRunOptionsCarryCheckRefsTheStrategyAndTheRunId() throws ConfigException {
        Config c = resolve(Map.of(), "--strategy", "test-beta", "--check-interval", "9", "prog.py");
        var options = Launch.runOptions(c, true, "r1");
        assertTrue(options.checkRefs());
        assertEquals("r1", options.runId());
        assertEquals("test-beta", options.strategy().id());
        assertEquals(9, options.strategy().settings().checkInterval());
    }
}

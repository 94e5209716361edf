package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gilvm.spi.GilPolicy;
import org.gilvm.spi.SwitchPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final List<String> IDS = List.of("atomic-refcount", "gil", "tracing", "unsafe-refcount");

    static Config parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, "gilvm.yaml", IDS);
    }

    static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void aFileWithEveryKeySetsEveryField() throws ConfigException {
        Config c = parse("""
                strategy: tracing
                gil:
                  switch-interval: 2ms
                  switch-points: every-instruction
                  policy: legacy-ticks
                  check-interval: 7
                metrics:
                  prometheus: 0.0.0.0:9464
                  jfr: out/run.jfr
                  linger: 30s
                """);
        assertEquals(new Config("tracing", Duration.ofMillis(2), SwitchPoints.EVERY_INSTRUCTION,
                GilPolicy.LEGACY_TICKS, 7, InetSocketAddress.createUnresolved("0.0.0.0", 9464),
                Path.of("out/run.jfr"), Duration.ofSeconds(30)), c);
    }

    @Test
    void everyKeyIsReadFromTheFile() throws ConfigException {
        // The list in ConfigKey and the loader agree: a file naming every key sets as many fields.
        StringBuilder yaml = new StringBuilder();
        String section = null;
        for (ConfigKey k : ConfigKey.values()) {
            if (!k.section().isEmpty() && !k.section().equals(section)) {
                yaml.append(k.section()).append(":\n");
            }
            section = k.section();
            yaml.append(section.isEmpty() ? "" : "  ").append(k.leaf()).append(": ").append(sample(k)).append('\n');
        }
        Config c = parse(yaml.toString());
        int set = 0;
        for (var component : Config.class.getRecordComponents()) {
            try {
                set += component.getAccessor().invoke(c) != null ? 1 : 0;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(ConfigKey.values().length, set);
    }

    private static String sample(ConfigKey k) {
        return switch (k) {
            case STRATEGY -> "gil";
            case SWITCH_INTERVAL, LINGER -> "1s";
            case SWITCH_POINTS -> "backward-jumps";
            case GIL_POLICY -> "interval";
            case CHECK_INTERVAL -> "100";
            case PROMETHEUS -> "127.0.0.1:9464";
            case JFR -> "run.jfr";
        };
    }

    @Test
    void anEmptyFileOrEmptySectionGivesNothing() throws ConfigException {
        assertEquals(Config.EMPTY, parse(""));
        assertEquals(Config.EMPTY, parse("# only a comment\n"));
        assertEquals(Config.EMPTY, parse("gil:\nmetrics:\n"));
    }

    @Test
    void aBareNumberIsSeconds() throws ConfigException {
        assertEquals(Duration.ofMillis(5), parse("gil:\n  switch-interval: 0.005\n").switchInterval());
        assertEquals(Duration.ofSeconds(1), parse("gil:\n  switch-interval: 1\n").switchInterval());
        assertEquals(Duration.ZERO, parse("metrics:\n  linger: 0\n").linger());
    }

    @Test
    void aBadValueNamesTheLineTheKeyAndTheChoices() {
        assertEquals("gilvm.yaml, line 3: gil.switch-points: 'every-instr' is not one of backward-jumps, every-instruction",
                error("gil:\n  switch-interval: 5ms\n  switch-points: every-instr\n"));
        assertEquals("gilvm.yaml, line 2: gil.policy: 'ticks' is not one of interval, legacy-ticks",
                error("gil:\n  policy: ticks\n"));
        assertEquals("gilvm.yaml, line 2: gil.switch-interval: '5 parsecs' is not a duration (a number with ns, us, ms"
                + " or s, such as 5ms or 0.005s; a bare number is seconds)", error("gil:\n  switch-interval: 5 parsecs\n"));
        assertEquals("gilvm.yaml, line 2: gil.switch-interval: '0ms' is not positive: the interval must be at least 1ns",
                error("gil:\n  switch-interval: 0ms\n"));
        assertEquals("gilvm.yaml, line 2: gil.check-interval: '0' is out of range: the check interval is an integer"
                + " from 1 to 2147483647", error("gil:\n  check-interval: 0\n"));
        assertEquals("gilvm.yaml, line 2: metrics.prometheus: 'localhost' is not host:port, such as 127.0.0.1:9464",
                error("metrics:\n  prometheus: localhost\n"));
        assertEquals("gilvm.yaml, line 4: metrics.linger: '-1s' is negative: give 0s or more",
                error("metrics:\n  prometheus: 127.0.0.1:9464\n\n  linger: -1s\n"));
    }

    @Test
    void anUnknownStrategyListsTheInstalledOnes() {
        assertEquals("gilvm.yaml, line 2: strategy: 'gill' is not one of the installed strategies: atomic-refcount, gil,"
                + " tracing, unsafe-refcount", error("# which design\nstrategy: gill\n"));
        assertEquals("gilvm.yaml, line 1: strategy: 'gil' is not an installed strategy (none is installed)",
                assertThrows(ConfigException.class, () -> ConfigLoader.parse("strategy: gil\n", "gilvm.yaml", List.of()))
                        .getMessage());
    }

    @Test
    void anUnknownKeySuggestsTheClosestAndListsTheValidOnes() {
        assertEquals("gilvm.yaml, line 1: stratgy: unknown key (did you mean strategy?); valid keys: strategy, gil, metrics",
                error("stratgy: gil\n"));
        assertEquals("gilvm.yaml, line 3: gil.swich-points: unknown key (did you mean gil.switch-points?); valid keys"
                + " under gil: switch-interval, switch-points, policy, check-interval",
                error("gil:\n  policy: interval\n  swich-points: backward-jumps\n"));
        assertEquals("gilvm.yaml, line 1: switch-interval: unknown key (did you mean gil.switch-interval?); valid keys:"
                + " strategy, gil, metrics", error("switch-interval: 5ms\n"));
        assertEquals("gilvm.yaml, line 2: metrics.grafana: unknown key; valid keys under metrics: prometheus, jfr, linger",
                error("metrics:\n  grafana: yes\n"));
        assertEquals("gilvm.yaml, line 1: gil.policy: unknown key (write it nested: policy inside gil); valid keys:"
                + " strategy, gil, metrics", error("gil.policy: interval\n"));
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() {
        assertEquals("gilvm.yaml, line 2: gil.check-interval: expected an integer >= 1, got a string '7'",
                error("gil:\n  check-interval: \"7\"\n"));
        assertEquals("gilvm.yaml, line 2: gil.switch-points: expected one of backward-jumps, every-instruction, got a list",
                error("gil:\n  switch-points: [backward-jumps]\n"));
        assertEquals("gilvm.yaml, line 1: gil: expected a mapping of switch-interval, switch-points, policy,"
                + " check-interval, got a string '5ms'", error("gil: 5ms\n"));
        assertEquals("gilvm.yaml, line 1: expected a mapping of strategy, gil, metrics, got a list", error("- gil\n"));
        assertEquals("gilvm.yaml, line 1: strategy: expected an installed strategy id (gilvm strategies lists them),"
                + " got a boolean true", error("strategy: true\n"));
        assertEquals("gilvm.yaml, line 2: metrics.linger: expected a duration: " + ConfigValues.DURATION_FORM
                + ", got a boolean false", error("metrics:\n  linger: false\n"));
        assertEquals("gilvm.yaml, line 3: metrics.jfr: no value given; expected a file path",
                error("metrics:\n  prometheus: 127.0.0.1:1\n  jfr:\n"));
    }

    @Test
    void aKeyGivenTwiceNamesBothLines() {
        assertEquals("gilvm.yaml, line 3: strategy: given twice (first on line 1)",
                error("strategy: gil\ngil: {}\nstrategy: tracing\n"));
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        assertEquals("gilvm.yaml, line 2: YAML syntax error: mapping values are not allowed here",
                error("strategy: gil\ngil: switch-interval: 5ms\n"));
        assertEquals("gilvm.yaml, line 2: YAML syntax error: expected a single document in the stream: but found"
                + " another document", error("strategy: gil\n---\nstrategy: tracing\n"));
    }

    @Test
    void aMissingOrUnreadableFileIsNamed(@TempDir Path dir) throws Exception {
        assertEquals("nope.yaml: no such config file", assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir.resolve("nope.yaml"), "nope.yaml", IDS)).getMessage());
        assertEquals("d: can't read the config file: it is a directory", assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir, "d", IDS)).getMessage());
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "strategy: gil # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("latin1.yaml: the config file is not UTF-8 text", assertThrows(ConfigException.class,
                () -> ConfigLoader.load(latin1, "latin1.yaml", IDS)).getMessage());
    }

    @Test
    void messagesStayOnOneLine() {
        String m = error("gil:\n  switch-points: \"a\\nb\"\n");
        assertEquals("gilvm.yaml, line 2: gil.switch-points: 'a\\nb' is not one of backward-jumps, every-instruction", m);
        assertNull(m.lines().skip(1).findFirst().orElse(null));
    }
}

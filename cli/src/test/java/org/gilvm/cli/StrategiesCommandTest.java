package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.Strategies;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.StrategySettings;
import org.junit.jupiter.api.Test;

class StrategiesCommandTest {
    @Test
    void listsTheInstalledStrategiesOneLineEach() {
        CliRun r = CliRun.run("strategies");
        assertEquals(0, r.exit(), r.err());
        String description = new RecordingStrategies.Alpha().description();
        List<String> lines = r.out().lines().toList();
        // Whatever else is installed (gilvm's own strategies, once on this class path), ours are listed too.
        int column = lines.getFirst().indexOf("  ") + 2;
        assertTrue(lines.contains(pad("test-alpha", column) + description), r.out());
        assertTrue(lines.contains(pad("test-beta", column) + description), r.out());
        for (String line : lines) {
            assertTrue(line.charAt(column) != ' ' && line.charAt(column - 1) == ' ', "aligned: " + line);
            assertEquals(line.startsWith(Strategies.DEFAULT_ID + " "), line.endsWith(" (default)"), line);
        }
        assertEquals("", r.err());
    }

    @Test
    void theDefaultIsMarkedAndIdsAreAligned() {
        assertEquals("""
                atomic-refcount  no lock
                gil              one lock (default)
                """, StrategiesCommand.format(List.of(fake("atomic-refcount", "no lock"), fake("gil", "one lock"))));
    }

    @Test
    void helpWorksAsOnTheOtherCommands() {
        CliRun r = CliRun.run("strategies", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: gilvm strategies [-hV]"), r.out());
    }

    private static String pad(String id, int column) {
        return id + " ".repeat(column - id.length());
    }

    private static StrategyProvider fake(String id, String description) {
        return new StrategyProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public ExecutionStrategy create(StrategySettings settings) {
                throw new UnsupportedOperationException();
            }
        };
    }
}

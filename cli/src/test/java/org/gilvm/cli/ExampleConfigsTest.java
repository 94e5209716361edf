package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gilvm.spi.GilPolicy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.SwitchPoints;
import org.junit.jupiter.api.Test;

/**
 * examples/configs: one file per strategy id of DESIGN.md plus three GIL variants, each
 * valid (checked against DESIGN.md's ids, since the strategies' module is not on this
 * module's class path) and naming the strategy its file name says.
 */
class ExampleConfigsTest {
    static final Path DIR = Path.of("..", "examples", "configs").toAbsolutePath().normalize();
    static final List<String> DESIGN_IDS = List.of("atomic-refcount", "gil", "tracing", "unsafe-refcount");

    @Test
    void everyExampleParsesAndNamesItsStrategy() throws IOException, ConfigException {
        TreeMap<String, Config> configs = new TreeMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                configs.put(f.getFileName().toString(), ConfigLoader.load(f, f.getFileName().toString(), DESIGN_IDS));
            }
        }
        assertEquals(List.of("atomic-refcount.yaml", "gil-every-instruction.yaml", "gil-legacy-ticks.yaml",
                "gil-metrics.yaml", "gil.yaml", "tracing.yaml", "unsafe-refcount.yaml"), List.copyOf(configs.keySet()));
        for (var e : configs.entrySet()) {
            String name = e.getKey().substring(0, e.getKey().length() - ".yaml".length());
            String id = name.startsWith("gil-") ? "gil" : name;
            assertEquals(id, e.getValue().strategy(), e.getKey());
        }
        assertEquals(SwitchPoints.BACKWARD_JUMPS, configs.get("gil.yaml").switchPoints());
        assertEquals(GilPolicy.INTERVAL, configs.get("gil.yaml").gilPolicy());
        assertEquals(SwitchPoints.EVERY_INSTRUCTION, configs.get("gil-every-instruction.yaml").switchPoints());
        assertEquals(GilPolicy.LEGACY_TICKS, configs.get("gil-legacy-ticks.yaml").gilPolicy());
        assertEquals(100, configs.get("gil-legacy-ticks.yaml").checkInterval());
        Config watched = configs.get("gil-metrics.yaml");
        assertEquals(9464, watched.prometheus().getPort());
        assertEquals(java.nio.file.Path.of("gil-run.jfr"), watched.jfr());
        assertEquals(java.time.Duration.ofSeconds(20), watched.linger());
    }

    @Test
    void theLaunchersTrainingConfigIsValidAndChangesNothing() throws ConfigException {
        // The launcher's AOT training run reads it; an invalid one would silently leave no cache.
        Path training = Path.of("aot-training.yaml").toAbsolutePath();
        Config c = ConfigLoader.load(training, "aot-training.yaml", List.of());
        assertEquals(null, c.strategy());
        assertEquals(StrategySettings.defaults(), c.settings());
    }
}

package org.gilvm.strategies;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gilvm.golden.GoldenCorpusTest;
import org.gilvm.spi.GilPolicy;
import org.gilvm.spi.Strategies;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.SwitchPoints;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs of {@code tests/golden/threading} ({@code threading}, {@code queue},
 * {@code _thread}) run with real threads under the {@code gil} strategy: with CPython
 * 3.11's settings, every one must print what CPython printed; with the older GILs (a switch
 * possible before any instruction, or the pre-3.2 ticks) so must every one whose output does
 * not depend on where a switch lands.
 *
 * <p>GoldenCorpusUnderStrategiesTest runs the same programs under the GIL-free strategies.
 */
class ThreadingGoldenTest {
    private static final Path AREA = GoldenCorpusTest.CORPUS.resolve(GoldenCorpusTest.THREADS_AREA);

    /**
     * The seeds' race, 100 threads each doing {@code n += 1} once: with switches only at
     * backward jumps no increment can be lost; with a switch possible between the load and
     * the store of {@code n}, one can.
     */
    private static final Set<String> NEEDS_BACKWARD_JUMP_SWITCHING = Set.of("025_increment_race_seed.py");

    private record Config(String name, StrategySettings settings, boolean allPrograms) {}

    @TestFactory
    Stream<DynamicContainer> threadingProgramsUnderTheGil() throws IOException {
        List<Path> programs = GoldenCorpusTest.programs(AREA);
        StrategyProvider gil = Strategies.find("gil");
        StrategySettings cpython = StrategySettings.defaults();
        return Stream.of(
                new Config("gil", cpython, true),
                new Config("gil, every-instruction", cpython.withSwitchPoints(SwitchPoints.EVERY_INSTRUCTION), false),
                new Config("gil, legacy-ticks", cpython.withPolicy(GilPolicy.LEGACY_TICKS), false)
        ).map(config -> DynamicContainer.dynamicContainer(config.name(), programs.stream()
                .filter(p -> config.allPrograms()
                        || !NEEDS_BACKWARD_JUMP_SWITCHING.contains(p.getFileName().toString()))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                        () -> GoldenCorpusTest.check(p, () -> gil.create(config.settings()))))));
    }
}

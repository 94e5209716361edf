package org.gilvm.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gilvm.spi.StrategySettings;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole golden corpus under every safe strategy: each program's stdout, exit status and
 * (for failing programs) stderr must be what CPython 3.11 printed, as under the default. The
 * exceptions are listed, with the reason, in tests/golden/STRATEGY_DIFFERENCES (a program whose
 * output depends on when {@code __del__} runs, or on reference counts, cannot match under a
 * strategy without them); tests/golden/KNOWN_FAILURES is honoured as by the vm-core test.
 */
class GoldenCorpusUnderStrategiesTest {
    private static final Path CORPUS = Path.of("..", "tests", "golden").toAbsolutePath().normalize();
    private static final List<String> SAFE = List.of("gil", "atomic-refcount", "tracing");

    @TestFactory
    Stream<DynamicContainer> corpus() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        Set<String> skipped = listed("KNOWN_FAILURES", null);
        return SAFE.stream().map(strategy -> {
            Set<String> differs = listedUnchecked("STRATEGY_DIFFERENCES", strategy);
            return DynamicContainer.dynamicContainer(strategy, programs.stream()
                    .filter(p -> !skipped.contains(rel(p)) && !differs.contains(rel(p)))
                    .map(p -> DynamicTest.dynamicTest(rel(p), () -> check(strategy, p))));
        });
    }

    private static String rel(Path p) {
        return CORPUS.relativize(p).toString();
    }

    private static Set<String> listedUnchecked(String file, String strategy) {
        try {
            return listed(file, strategy);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Program paths in a list file; with a strategy, only lines "strategy: path  # reason". */
    private static Set<String> listed(String file, String strategy) throws IOException {
        Set<String> paths = new HashSet<>();
        Path list = CORPUS.resolve(file);
        if (!Files.exists(list)) {
            return paths;
        }
        for (String line : Files.readAllLines(list)) {
            String l = line.replaceAll("#.*", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            if (strategy == null) {
                paths.add(l);
            } else if (l.startsWith(strategy + ":")) {
                paths.add(l.substring(strategy.length() + 1).strip());
            }
        }
        return paths;
    }

    private static void check(String strategy, Path program) throws IOException {
        String name = program.getFileName().toString();
        ProgramRun r = ProgramRun.of(strategy, StrategySettings.defaults(),
                Files.readString(program, StandardCharsets.UTF_8), name, program.getParent());
        String base = program.toString().substring(0, program.toString().length() - 3);
        Path exitFile = Path.of(base + ".exit");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
        assertEquals(Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8), r.out(), r::toString);
        assertEquals(expectedExit, r.status(), r::toString);
        if (expectedExit != 0) {
            assertEquals(Files.readString(Path.of(base + ".err"), StandardCharsets.UTF_8), r.err());
        }
    }
}

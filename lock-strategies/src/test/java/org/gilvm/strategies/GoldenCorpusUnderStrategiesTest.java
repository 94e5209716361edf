package org.gilvm.strategies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gilvm.golden.GoldenCorpusTest;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.Strategies;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole golden corpus, the threading programs included, under every safe strategy: each
 * program's stdout, exit status and (for failing programs) stderr must be what CPython 3.11
 * printed, compared as vm-core's GoldenCorpusTest compares them. The
 * exceptions are listed, with the reason, in tests/golden/STRATEGY_DIFFERENCES (a program whose
 * output depends on when {@code __del__} runs, or on reference counts, cannot match under a
 * strategy without them, or a race only a GIL prevents); tests/golden/KNOWN_FAILURES is
 * honoured as by the vm-core test.
 */
class GoldenCorpusUnderStrategiesTest {
    private static final Path CORPUS = GoldenCorpusTest.CORPUS;
    private static final List<String> SAFE = List.of("gil", "atomic-refcount", "tracing");

    @TestFactory
    Stream<DynamicContainer> corpus() throws IOException {
        List<Path> programs = GoldenCorpusTest.programs(CORPUS);
        Set<String> skipped = GoldenCorpusTest.knownFailures();
        StrategySettings settings = StrategySettings.defaults();
        return SAFE.stream().map(strategy -> {
            Set<String> differs = listedUnchecked("STRATEGY_DIFFERENCES", strategy);
            return DynamicContainer.dynamicContainer(strategy, programs.stream()
                    .filter(p -> !skipped.contains(rel(p)) && !differs.contains(rel(p)))
                    .map(p -> DynamicTest.dynamicTest(rel(p),
                            () -> GoldenCorpusTest.check(p, () -> Strategies.find(strategy).create(settings)))));
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

    /** The programs of lines "strategy: path  # reason" in a list file. */
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
            if (l.startsWith(strategy + ":")) {
                paths.add(l.substring(strategy.length() + 1).strip());
            }
        }
        return paths;
    }
}

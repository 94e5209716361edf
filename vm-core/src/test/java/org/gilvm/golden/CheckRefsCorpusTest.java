package org.gilvm.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gilvm.objects.ObjectRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus, and the thread-free seed examples, under {@code --check-refs}: every
 * object a program creates is freed by the end of the interpreter's teardown, except the
 * garbage cycles listed in {@code tests/golden/CHECK_REFS_CYCLES} (CPython's cyclic GC frees
 * those; gilvm has none). The programs still print what CPython printed.
 *
 * <p>Object tracking needs a JVM started with {@code -Dgilvm.checkRefs=true}: surefire's
 * {@code check-refs} execution (vm-core/pom.xml) runs this class alone in such a JVM; in any
 * other JVM it is skipped.
 */
class CheckRefsCorpusTest {
    /** The first line of the report; everything before it is the program's own stderr. */
    private static final String HEADER = "gilvm --check-refs:";
    private static final Path EXPECTED_CYCLES = GoldenCorpusTest.CORPUS.resolve("CHECK_REFS_CYCLES");
    private static final Path SEEDS = Path.of("..", "examples", "seeds").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramFreesWhatItCreates() throws IOException {
        assumeTrue(ObjectRegistry.ENABLED, "needs -D" + ObjectRegistry.PROPERTY + "=true (the check-refs execution)");
        Map<String, List<String>> cycles = expectedCycles();
        Set<String> known = GoldenCorpusTest.knownFailures();
        return GoldenCorpusTest.programs(GoldenCorpusTest.CORPUS).stream()
                .filter(p -> !known.contains(rel(p)))
                // The threading programs need a strategy with threads, which vm-core's tests lack.
                .filter(p -> !GoldenCorpusTest.needsThreads(rel(p)))
                .map(p -> DynamicTest.dynamicTest(rel(p), () -> checkCorpusProgram(p, cycles.getOrDefault(rel(p),
                        List.of()))));
    }

    @TestFactory
    Stream<DynamicTest> theThreadFreeSeedExamplesFreeWhatTheyCreate() throws IOException {
        assumeTrue(ObjectRegistry.ENABLED, "needs -D" + ObjectRegistry.PROPERTY + "=true (the check-refs execution)");
        List<Path> seeds = new ArrayList<>();
        for (Path p : programs(SEEDS)) {
            if (!Files.readString(p, StandardCharsets.UTF_8).contains("threading")) {
                seeds.add(p);
            }
        }
        assertTrue(seeds.size() >= 3, "thread-free seed examples found: " + seeds);
        return seeds.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            GoldenCorpusTest.Run r = GoldenCorpusTest.run(p, true);
            Report report = Report.of(r.stderr());
            assertTrue(report.present(), () -> "no report; stderr was:\n" + r.stderr());
            assertEquals(List.of(), report.findings(), () -> report.text());
            assertEquals(0, r.exit(), () -> report.text());
        }));
    }

    @Test
    void everyExpectedCycleNamesAProgramOfTheCorpus() throws IOException {
        for (String program : expectedCycles().keySet()) {
            assertTrue(Files.isRegularFile(GoldenCorpusTest.CORPUS.resolve(program)),
                    "CHECK_REFS_CYCLES names " + program + ", which is not in tests/golden");
        }
    }

    private static void checkCorpusProgram(Path program, List<String> expectedCycles) throws IOException {
        GoldenCorpusTest.Run r = GoldenCorpusTest.run(program, true);
        Report report = Report.of(r.stderr());
        String base = program.toString().substring(0, program.toString().length() - 3);
        Path exitFile = Path.of(base + ".exit");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).trim()) : 0;
        String expectedErr = expectedExit == 0 ? null
                : Files.readString(Path.of(base + ".err"), StandardCharsets.UTF_8);
        // A program that does not compile never runs, so there is nothing to check.
        boolean compiles = expectedErr == null || !expectedErr.matches("(?s).*\\n(SyntaxError|IndentationError|TabError): .*");
        if (compiles) {
            assertTrue(report.present(), () -> "no report; stderr was:\n" + r.stderr());
        }
        assertEquals(expectedCycles, report.findings(), () -> report.text());
        assertEquals(Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8), r.stdout(),
                () -> "stdout differs; stderr was:\n" + r.stderr());
        assertEquals(expectedExit, r.exit(), () -> "exit status differs; stderr was:\n" + r.stderr());
        if (expectedErr != null) {
            assertEquals(expectedErr, report.programStderr());
        }
    }

    /** The report's lines, split from the program's own stderr. */
    private record Report(String programStderr, String text) {
        static Report of(String stderr) {
            int at = stderr.startsWith(HEADER) ? 0 : stderr.indexOf("\n" + HEADER);
            if (at < 0) {
                return new Report(stderr, "");
            }
            at = at == 0 ? 0 : at + 1;
            return new Report(stderr.substring(0, at), stderr.substring(at));
        }

        boolean present() {
            return !text.isEmpty();
        }

        /** The finding lines (leaks, missing increfs, cycles), without the details under them. */
        List<String> findings() {
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("leak:") || line.startsWith("missing-incref:") || line.startsWith("cycle:")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /**
     * tests/golden/CHECK_REFS_CYCLES: {@code program | cycle line | why}, one line per cycle,
     * in the order the report lists them (sorted by their line).
     */
    private static Map<String, List<String>> expectedCycles() throws IOException {
        Map<String, List<String>> cycles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXPECTED_CYCLES, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            assertEquals(3, parts.length, () -> "CHECK_REFS_CYCLES: expected 'program | cycle | why': " + line);
            assertTrue(!parts[2].isBlank(), () -> "CHECK_REFS_CYCLES: say why the cycle is expected: " + line);
            cycles.computeIfAbsent(parts[0].trim(), k -> new ArrayList<>()).add(parts[1].trim());
        }
        return cycles;
    }

    private static List<Path> programs(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static String rel(Path p) {
        return GoldenCorpusTest.CORPUS.relativize(p).toString();
    }
}

package org.gilvm.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's structure, written from made-up results: sections, tables, charts, raw data. */
class ReportTest {
    @TempDir
    Path dir;

    private Synthetic sample() {
        Synthetic s = new Synthetic();
        for (String v : List.of("gil", "tracing", "cpython")) {
            boolean gil = !v.equals("tracing");
            s.runWithFigures("cpu-bound", v, 1, 1.0, v.equals("cpython") ? null : Synthetic.gilFigures(0, 0, 1000));
            s.runWithFigures("cpu-bound", v, 2, gil ? 1.0 : 0.55, v.equals("cpython") ? null : Synthetic.gilFigures(gil ? 7 : 0, gil ? 900 : 0, 1000));
            s.run("convoy", v, 1, 0.5, "p50_ms", gil ? 4.9 : 0.1, "p99_ms", 5.5);
            s.run("increment-race", v, 2, 0.1, "lost", gil ? 0 : 500, "expected", 1000);
        }
        s.fatal("refcount-race", "unsafe-refcount", 2, "Fatal Python error: use after free: incref of a freed 'list' object");
        s.run("refcount-race", "gil", 2, 0.2, "clean", 1);
        return s;
    }

    @Test
    void writesMarkdownHtmlChartsAndRawData() throws Exception {
        Synthetic s = sample();
        Results results = s.results();
        Machine m = new Machine(2, "test cpu", "Linux", "JDK 25", "Python 3.11.2");
        Settings settings = new Settings(List.of(), List.of(), List.of(1, 2), 1, dir, true, false, List.of(), "python3", dir, null);
        List<Figure> figures = new Charts(results, dir.resolve("charts")).write();
        new Report(settings, m, results, new Claims(results).evaluate(), new Conclusions(results, 2).sentences(), figures).write(dir);
        ResultsFiles.write(dir, m, settings, s.runs());

        String md = Files.readString(dir.resolve("report.md"));
        for (String section : List.of("# gilvm experiment report", "## Claims", "## Conclusions", "## Workload: cpu-bound",
                "## Workload: convoy", "## Charts", "## Runs that did not complete", "## How this was measured")) {
            assertTrue(md.contains(section), section);
        }
        assertTrue(md.contains("| claim (seeds) | measurement | verdict |"), md);
        assertTrue(md.contains("| gil | 1.000 | 1.000 (1.00x) |"), md);
        assertTrue(md.contains("| tracing | 1.000 | 0.550 (1.82x) |"), md);
        for (Figure f : figures) {
            assertTrue(Files.size(dir.resolve("charts/" + f.stem() + ".png")) > 1000, f.stem());
            assertTrue(Files.readString(dir.resolve("charts/" + f.stem() + ".svg")).contains("<svg"), f.stem());
            assertTrue(md.contains("(charts/" + f.stem() + ".svg)"), f.stem());
        }
        assertEquals(List.of("speedup-cpu-bound", "gil-wait-share", "convoy-latency", "lost-updates", "refcount-traffic"),
                figures.stream().map(Figure::stem).toList().subList(0, 2).equals(List.of("speedup-cpu-bound", "gil-wait-share"))
                        ? List.of("speedup-cpu-bound", "gil-wait-share", "convoy-latency", "lost-updates", "refcount-traffic")
                        : figures.stream().map(Figure::stem).toList());

        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(figures.size(), html.split("<figure>", -1).length - 1, "every chart inline");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "self-contained");
        assertTrue(html.contains("class=\"confirmed\""));

        String csv = Files.readString(dir.resolve("results.csv"));
        assertEquals(s.runs().size() + 1, csv.split("\n").length);
        assertTrue(csv.startsWith("workload,variant,threads,repeat,warmup,attempts,exit_status,process_seconds,message,"));
        String json = Files.readString(dir.resolve("results.json"));
        assertTrue(json.contains("\"machine\": {\"cores\": 2"));
        assertEquals(s.runs().size(), json.split("\"workload\": ", -1).length - 1);
    }

    @Test
    void conclusionsAreComputedFromTheNumbers() {
        List<String> c = new Conclusions(sample().results(), 2).sentences();
        assertTrue(c.stream().anyMatch(x -> x.contains("`gil` 1.00x") && x.contains("`tracing` 1.82x")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.contains("woke late by a median of") && x.contains("`gil` 4.90 ms")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.contains("use after free in 1 of 1 runs; the guarded designs failed in 0 of 1")),
                c.toString());
    }

    @Test
    void outputLinesAreParsed() {
        RunOutput o = RunOutput.parse("hello\nSAMPLES latency_ms 0.5 1.5\nRESULT seconds=1.25 lost=3 bad=x\n");
        assertEquals(1.25, o.values().get("seconds"));
        assertEquals(3.0, o.values().get("lost"));
        assertFalse(o.values().containsKey("bad"));
        assertEquals(2, o.samples().get("latency_ms").length);
        assertTrue(o.complete());
    }

    @Test
    void variantsParseTheirSettings() {
        assertEquals(List.of("--switch-points", "every-instruction"), Variant.parse("gil:every-instruction").flags());
        assertEquals(List.of("--gil-policy", "legacy-ticks"), Variant.parse("gil:legacy-ticks").flags());
        assertTrue(Variant.parse("python3").isCpython());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Variant.parse("gil:fast"));
        assertTrue(e.getMessage().contains("valid: every-instruction"), e.getMessage());
    }
}

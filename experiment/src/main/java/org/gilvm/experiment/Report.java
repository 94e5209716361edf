package org.gilvm.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds {@code report.md} and {@code report.html} from the results, claims and charts. */
public final class Report {
    /** Workload-specific RESULT values worth a column, beside the time. */
    private static final List<List<String>> EXTRA = List.of(
            List.of("convoy", "p50_ms", "p99_ms", "max_ms"),
            List.of("increment-race", "lost", "seed_lost"),
            List.of("containers", "lost"),
            List.of("refcount-race", "clean"),
            List.of("shared-read", "throughput"));

    private final Settings settings;
    private final Machine machine;
    private final Results results;
    private final List<Claim> claims;
    private final List<String> conclusions;
    private final List<Figure> figures;

    public Report(Settings settings, Machine machine, Results results, List<Claim> claims, List<String> conclusions,
                  List<Figure> figures) {
        this.settings = settings;
        this.machine = machine;
        this.results = results;
        this.claims = claims;
        this.conclusions = conclusions;
        this.figures = figures;
    }

    public void write(Path dir) throws IOException {
        Doc d = build();
        Files.writeString(dir.resolve("report.md"), d.markdown());
        Files.writeString(dir.resolve("report.html"), d.html(dir.resolve("charts")));
    }

    Doc build() {
        Doc d = new Doc();
        d.h(1, "gilvm experiment report");
        d.p("Why does CPython need a GIL while the JVM runs bytecode on many cores without one, and what does each design cost? "
                + "Each claim of the seed documents below was checked on this machine, " + ZonedDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")) + ".");
        d.table(List.of("machine", ""), List.of(List.of("cores", Integer.toString(machine.cores())), List.of("CPU", machine.cpu()),
                List.of("OS", machine.os()), List.of("JDK", machine.jdk()), List.of("CPython", machine.python())));
        d.h(2, "Claims");
        List<List<String>> rows = new ArrayList<>();
        for (Claim c : claims) {
            rows.add(List.of(c.claim(), c.measurement(), c.verdictText()));
        }
        d.table(List.of("claim (seeds)", "measurement", "verdict"), rows);
        d.h(2, "Conclusions");
        d.bullets(conclusions.isEmpty() ? List.of("Too few runs for any conclusion.") : conclusions);
        for (String w : results.workloads()) {
            workload(d, w);
        }
        if (!figures.isEmpty()) {
            d.h(2, "Charts");
            for (Figure f : figures) {
                d.h(3, f.title());
                d.image(f);
            }
        }
        failures(d);
        method(d);
        return d;
    }

    private void workload(Doc d, String w) {
        Workload wl = Workload.byName(w);
        d.h(2, "Workload: " + w);
        d.p(wl.question() + " `examples/workloads/" + wl.file() + "`; the thread count is the number of " + wl.parallelism()
                + ". Median wall time of the measured part (seconds), speed-up over one thread in parentheses.");
        List<Integer> ts = results.threads(w);
        List<String> head = new ArrayList<>(List.of("design"));
        for (int t : ts) {
            head.add("T=" + t);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String v : results.variants(w)) {
            List<String> row = new ArrayList<>(List.of(v.equals(Variant.CPYTHON) ? "CPython" : v));
            for (int t : ts) {
                double s = results.median(w, v, t, "seconds");
                double up = results.speedup(w, v, t);
                int runs = results.cell(w, v, t).size();
                long done = Results.count(results.cell(w, v, t), RunResult::completed);
                String cell = Double.isNaN(s) ? "—" : String.format(Locale.ROOT, "%.3f", s)
                        + (t > 1 && !Double.isNaN(up) ? String.format(Locale.ROOT, " (%.2fx)", up) : "");
                if (done < runs) {
                    cell += " [" + (runs - done) + "/" + runs + " failed]";
                }
                row.add(cell);
            }
            rows.add(row);
        }
        d.table(head, rows);
        figuresTable(d, w, ts);
        for (List<String> extra : EXTRA) {
            if (extra.get(0).equals(w)) {
                extrasTable(d, w, ts, extra.subList(1, extra.size()));
            }
        }
    }

    private void figuresTable(Doc d, String w, List<Integer> ts) {
        int t = ts.get(ts.size() - 1);
        List<List<String>> rows = new ArrayList<>();
        for (String v : results.variants(w)) {
            if (v.equals(Variant.CPYTHON)) {
                continue;
            }
            double instr = results.medianFigure(w, v, t, JfrFigures::instructions);
            if (Double.isNaN(instr)) {
                continue;
            }
            rows.add(List.of(v, fmt("%.1f M", instr / 1e6),
                    fmt("%.1f%%", 100 * results.medianFigure(w, v, t, JfrFigures::gilWaitShare)),
                    fmt("%.0f", results.medianFigure(w, v, t, JfrFigures::switches)),
                    fmt("%.0f", results.medianFigure(w, v, t, JfrFigures::dropRequests)),
                    fmt("%.0f", results.medianFigure(w, v, t, JfrFigures::futileWakeups)),
                    fmt("%.1f", results.medianFigure(w, v, t, f -> f.wastedCpuNanos() / 1e6)),
                    fmt("%.1f M", results.medianFigure(w, v, t, f -> (f.increfs() + f.decrefs()) / 1e6)) + " "
                            + results.cell(w, v, t).stream().filter(x -> x.figures() != null).map(x -> x.figures().refcountMode())
                            .findFirst().orElse(""),
                    fmt("%.0f", results.medianFigure(w, v, t, JfrFigures::objectLockContended)),
                    fmt("%.0f", results.medianFigure(w, v, t, JfrFigures::involuntaryContextSwitches)),
                    Long.toString(Results.count(results.cell(w, v, t), RunResult::useAfterFree))));
        }
        if (!rows.isEmpty()) {
            d.p("What the VM counted with T=" + t + " (medians; from each run's JFR recording):");
            d.table(List.of("design", "instructions", "GIL wait share", "GIL switches", "drop requests", "futile wake-ups",
                    "wasted CPU (ms)", "refcount ops", "object-lock waits", "involuntary ctx switches", "use-after-free runs"), rows);
        }
    }

    private void extrasTable(Doc d, String w, List<Integer> ts, List<String> keys) {
        List<String> head = new ArrayList<>(List.of("design", "threads"));
        head.addAll(keys);
        List<List<String>> rows = new ArrayList<>();
        for (String v : results.variants(w)) {
            for (int t : ts) {
                List<String> row = new ArrayList<>(List.of(v.equals(Variant.CPYTHON) ? "CPython" : v, Integer.toString(t)));
                boolean any = false;
                for (String k : keys) {
                    double x = results.median(w, v, t, k);
                    any |= !Double.isNaN(x);
                    row.add(fmt(x == Math.rint(x) ? "%.0f" : "%.3f", x));
                }
                if (any) {
                    rows.add(row);
                }
            }
        }
        if (!rows.isEmpty()) {
            d.table(head, rows);
        }
    }

    private void failures(Doc d) {
        List<String> items = new ArrayList<>();
        for (RunResult r : results.runs()) {
            if (!r.completed()) {
                items.add("`" + r.spec().slug() + "`: exit " + r.exitStatus() + (r.message() == null ? "" : ": " + r.message()));
            }
        }
        if (!items.isEmpty()) {
            d.h(2, "Runs that did not complete");
            d.p("Under `unsafe-refcount` a fatal \"use after free\" is the expected end of a racing program: the demo shows "
                    + "what goes wrong without protection. Anywhere else it would be a bug.");
            d.bullets(items);
        }
    }

    private void method(Doc d) {
        d.h(2, "How this was measured");
        d.bullets(List.of(
                "Every run is a fresh process (a new JVM for gilvm, a new python3 for CPython), one at a time.",
                "Times are measured by the workload itself around its threaded part (`time.perf_counter`), so process "
                        + "start-up is excluded. The timing workloads (cpu-bound, io-bound, shared-read, native-release, multiprocessing) "
                        + "first run their threaded part once, untimed, on half the work: the JIT compiles the eval loop "
                        + "then, not while the timed threads compete with the compiler for the cores. Their JFR figures "
                        + "leave out the warm-up's threads. The other workloads' times include JIT compilation, as in any real run.",
                "Races are retried: a run of refcount-race under unsafe-refcount that ends clean, or of increment-race "
                        + "under a design that may switch inside `n += 1` that loses nothing, is made again, up to "
                        + Experiment.RACE_ATTEMPTS + " times; the claims name the attempts when any run needed more than one. "
                        + "Designs that promise safety are never retried.",
                settings.warmup() ? "Each (workload, design, threads) cell begins with one discarded warm-up run (it fills the OS "
                        + "page cache and gilvm's start-up cache); " + settings.repeat() + " measured runs follow, and tables show their median."
                        : "No warm-up runs (" + (settings.quick() ? "`--quick`" : "`--no-warmup`") + "); " + settings.repeat()
                        + " measured run(s) per cell, and tables show the median.",
                "gilvm's own figures (instructions, GIL waits and hand-overs, futile wake-ups, wasted CPU, refcount writes, "
                        + "object-lock contention, use after free) come from each run's JFR recording (`runs/*.jfr`: "
                        + "`jfr print --events 'gilvm.*'` reads them); stdout and stderr of every run are beside them.",
                "Raw data: `results.json` and `results.csv`, one row per run (warm-ups included, marked)."));
    }

    private static String fmt(String f, double x) {
        return Double.isNaN(x) ? "—" : String.format(Locale.ROOT, f, x);
    }
}

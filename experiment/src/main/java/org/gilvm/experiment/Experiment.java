package org.gilvm.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Runs the matrix the settings describe and writes the results and the report. */
public final class Experiment {
    /**
     * How many times a race run is made before it counts as clean. A race is a matter of
     * timing: under a design that promises nothing, one run may finish before the threads ever
     * collide (about one run in eight of refcount-race at the quick size, here).
     */
    public static final int RACE_ATTEMPTS = 5;

    private final Settings settings;
    private final PrintStream log;

    public Experiment(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** The runs in the order they execute: warm-ups first, then each repeat over the whole matrix. */
    public List<RunSpec> matrix() {
        List<RunSpec> cells = new ArrayList<>();
        for (Workload w : settings.workloads()) {
            for (Variant v : variantsFor(w)) {
                for (int t : settings.threads()) {
                    cells.add(new RunSpec(w, v, t, 0));
                }
            }
        }
        List<RunSpec> runs = new ArrayList<>();
        if (settings.warmup()) {
            runs.addAll(cells);
        }
        for (int r = 1; r <= settings.repeat(); r++) {
            for (RunSpec c : cells) {
                runs.add(new RunSpec(c.workload(), c.variant(), c.threads(), r));
            }
        }
        return runs;
    }

    /**
     * The designs a workload runs under: the settings' list, and for the increment race also
     * a GIL that switches at every instruction (CPython <= 3.9), without which the claim about
     * `n += 1` under a GIL could not be settled.
     */
    List<Variant> variantsFor(Workload w) {
        List<Variant> vs = new ArrayList<>(settings.variants());
        boolean hasGil = vs.stream().anyMatch(v -> "gil".equals(v.id()));
        if (w.name().equals("increment-race") && hasGil && vs.stream().noneMatch(v -> v.id().equals("gil:every-instruction"))) {
            vs.add(vs.indexOf(vs.stream().filter(v -> "gil".equals(v.id())).findFirst().orElseThrow()) + 1,
                    Variant.parse("gil:every-instruction"));
        }
        return vs;
    }

    /**
     * Whether runs of {@code spec} look for a race the design does not prevent, and so are
     * retried until it shows: refcount-race under unsafe-refcount (a use after free), and
     * increment-race under a design that may switch inside `n += 1` (a GIL switching at every
     * instruction or on ticks, or no GIL). Designs that promise safety are never retried: a
     * clean run there is the result.
     */
    static boolean retriesRace(RunSpec spec) {
        Variant v = spec.variant();
        if (spec.threads() < 2 || v.isCpython()) {
            return false;
        }
        return switch (spec.workload().name()) {
            case "refcount-race" -> "unsafe-refcount".equals(v.strategy());
            case "increment-race" -> !v.hasGil() || v.id().endsWith(":every-instruction") || v.id().endsWith(":legacy-ticks");
            default -> false;
        };
    }

    private RunResult runRetryingRaces(Launcher launcher, RunSpec spec) throws IOException, InterruptedException {
        RunResult r = launcher.run(spec, settings.quick());
        if (!retriesRace(spec)) {
            return r;
        }
        int attempt = 1;
        while (!r.raceShown() && attempt < RACE_ATTEMPTS) {
            attempt++;
            r = launcher.run(spec, settings.quick());
        }
        return r.attempt(attempt);
    }

    public Results run() throws IOException, InterruptedException {
        Files.createDirectories(settings.out());
        List<RunSpec> matrix = matrix();
        Launcher launcher = new Launcher(settings.gilvmCommand(), settings.python(), settings.workloadsDir(),
                settings.out().resolve("runs"), settings.prometheus(), settings.quick() ? 120 : 900);
        log.println("gilvm experiment: " + matrix.size() + " runs, each in a fresh process"
                + (settings.warmup() ? " (the first run of each cell is a discarded warm-up)" : "") + "; results in " + settings.out());
        List<RunResult> all = new ArrayList<>();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("runs").setInitialMax(matrix.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(log)).build()) {
            for (RunSpec spec : matrix) {
                bar.setExtraMessage(spec.slug());
                all.add(runRetryingRaces(launcher, spec));
                bar.step();
            }
        }
        Machine machine = Machine.current(settings.python());
        ResultsFiles.write(settings.out(), machine, settings, all);
        Results results = new Results(all);
        List<Claim> claims = new Claims(results).evaluate();
        List<String> conclusions = new Conclusions(results, machine.cores()).sentences();
        List<Figure> figures = new Charts(results, settings.out().resolve("charts")).write();
        new Report(settings, machine, results, claims, conclusions, figures).write(settings.out());
        log.println("gilvm experiment: report written to " + settings.out().resolve("report.html") + " and report.md");
        return results;
    }
}

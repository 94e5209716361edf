package org.gilvm.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gilvm.experiment.Claim.Verdict;

/**
 * The seeds' claims, each checked against the results. Thresholds are stated in the claim's
 * measurement so a reader can check the verdict: a design "speeds up" when its best time
 * with several threads is at least {@value #SCALES} times faster than with one, and "does not
 * speed up" below {@value #FLAT}. A scaling claim with a GIL design between the two is
 * inconclusive: on a shared two-core machine a design that scales can land there on a noisy
 * run, and one that does not cannot, so the run says so rather than calling it either way.
 */
public final class Claims {
    static final double SCALES = 1.5;
    static final double FLAT = 1.25;

    private final Results r;

    public Claims(Results results) {
        this.r = results;
    }

    public List<Claim> evaluate() {
        return List.of(cpuBound(), ioBound(), refcountRace(), incrementRace(), futileWakeups(),
                scales("multiprocessing", "multiprocessing-scales",
                        "Multiprocessing sidesteps the GIL: CPU-bound work spread over processes scales."),
                scales("native-release", "native-release-scales",
                        "Native code that releases the GIL (a C extension) runs in parallel with other threads."));
    }

    /** The best speed-up over the thread counts above one, and the count it was reached at. */
    private double[] best(String workload, String variant) {
        double best = Double.NaN;
        int at = 0;
        for (int t : r.threads(workload)) {
            if (t > 1) {
                double s = r.speedup(workload, variant, t);
                if (!Double.isNaN(s) && (Double.isNaN(best) || s > best)) {
                    best = s;
                    at = t;
                }
            }
        }
        return new double[] {best, at};
    }

    private String speedups(String workload) {
        List<String> parts = new ArrayList<>();
        for (String v : r.variants(workload)) {
            double[] b = best(workload, v);
            if (!Double.isNaN(b[0])) {
                parts.add(String.format(Locale.ROOT, "%s %.2fx on %d", label(v), b[0], (int) b[1]));
            }
        }
        return String.join("; ", parts);
    }

    /**
     * Judged by parallelism, not speed: whether each GIL design's multi-threaded run kept more
     * than {@value #FLAT} cores busy (CPU time over wall time). A speed-up alone can mislead:
     * on our machines CPython 3.11's two-thread count loop finished up to 1.4x sooner than its
     * one-thread loop while keeping exactly one core busy: each iteration got cheaper, none ran
     * in parallel. Without {@code cpu_seconds} (older results) the speed-up decides.
     */
    private Claim cpuBound() {
        String id = "cpu-bound-gil";
        String claim = "CPU-bound threads do not run faster under a GIL: only one runs Python code at a time.";
        List<String> gils = gilSpeedups("cpu-bound");
        if (gils.isEmpty()) {
            return notMeasured(id, claim);
        }
        boolean flat = true;
        List<String> fasterOnOneCore = new ArrayList<>();
        for (String v : gils) {
            double[] b = best("cpu-bound", v);
            double cores = r.coresBusy("cpu-bound", v, (int) b[1]);
            if (Double.isNaN(cores)) {
                flat &= b[0] < FLAT;
            } else {
                flat &= cores < FLAT;
                if (cores < FLAT && b[0] >= FLAT) {
                    fasterOnOneCore.add(label(v));
                }
            }
        }
        String m = "best speed-up T1/Tn of the count loop: " + speedups("cpu-bound") + "; cores busy (CPU time / wall time) "
                + "at that thread count: " + coresBusy("cpu-bound") + String.format(Locale.ROOT,
                " (a GIL design keeps fewer than %.2f cores busy)", FLAT);
        String q = fasterOnOneCore.isEmpty() ? "" : String.join(", ", fasterOnOneCore)
                + " finished sooner on several threads with one core busy: cheaper iterations, not parallel ones";
        return new Claim(id, claim, m, flat ? Verdict.CONFIRMED : Verdict.REFUTED, q);
    }

    private String coresBusy(String workload) {
        List<String> parts = new ArrayList<>();
        for (String v : r.variants(workload)) {
            double[] b = best(workload, v);
            double cores = Double.isNaN(b[0]) ? Double.NaN : r.coresBusy(workload, v, (int) b[1]);
            if (!Double.isNaN(cores)) {
                parts.add(String.format(Locale.ROOT, "%s %.2f", label(v), cores));
            }
        }
        return parts.isEmpty() ? "not recorded" : String.join("; ", parts);
    }

    private Claim ioBound() {
        String id = "io-bound-gil";
        String claim = "I/O-bound threads do run faster under a GIL: a thread that blocks gives the GIL up.";
        List<String> gils = gilSpeedups("io-bound");
        if (gils.isEmpty()) {
            return notMeasured(id, claim);
        }
        return scaling(id, claim, "io-bound", gils, "best speed-up of sleeping and reading threads: ");
    }

    private Claim refcountRace() {
        String id = "refcount-race";
        String claim = "Reference counts updated by several threads without a lock race: an object is freed while still in use.";
        List<RunResult> unsafe = multiThreaded(r.of("refcount-race", "unsafe-refcount"));
        if (unsafe.isEmpty()) {
            return notMeasured(id, claim);
        }
        long detected = Results.count(unsafe, RunResult::useAfterFree);
        List<String> safeParts = new ArrayList<>();
        long safeFailures = 0;
        for (String v : r.variants("refcount-race")) {
            if (v.startsWith("unsafe-refcount")) {
                continue;
            }
            List<RunResult> runs = multiThreaded(r.of("refcount-race", v));
            long bad = Results.count(runs, x -> !x.completed() || x.value("clean") != 1.0);
            safeFailures += bad;
            safeParts.add(label(v) + " " + (runs.size() - bad) + "/" + runs.size() + " clean");
        }
        String m = "unsafe-refcount: use after free detected in " + detected + " of " + unsafe.size() + " runs"
                + attempts(unsafe)
                + (safeParts.isEmpty() ? "" : "; " + String.join(", ", safeParts));
        Verdict v = detected > 0 && safeFailures == 0 ? Verdict.CONFIRMED : Verdict.REFUTED;
        String q = detected > 0 && safeFailures > 0 ? "but a guarded design failed too" : "";
        return new Claim(id, claim, m, v, q);
    }

    private Claim incrementRace() {
        String id = "increment-not-atomic";
        String claim = "`n += 1` is not atomic, even with a GIL: a switch between its load and its store loses an update.";
        List<String> gils = gilVariants("increment-race");
        if (gils.isEmpty()) {
            return notMeasured(id, claim);
        }
        List<String> lost = new ArrayList<>();
        List<String> intact = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String v : r.variants("increment-race")) {
            List<RunResult> runs = multiThreaded(r.of("increment-race", v)).stream().filter(RunResult::completed).toList();
            if (runs.isEmpty()) {
                continue;
            }
            double maxLost = runs.stream().mapToDouble(x -> x.value("lost")).max().orElse(0);
            double expected = runs.get(0).value("expected");
            parts.add(String.format(Locale.ROOT, "%s lost up to %.0f of %.0f", label(v), maxLost, expected) + attempts(runs));
            if (gils.contains(v)) {
                (maxLost > 0 ? lost : intact).add(v);
            }
        }
        String m = String.join("; ", parts);
        if (lost.isEmpty()) {
            return new Claim(id, claim, m, Verdict.REFUTED,
                    "no GIL run lost an update: switches happen only at backward jumps and calls, as in CPython 3.10+");
        }
        String q = intact.isEmpty() ? "" : "with " + settingName(lost) + "; not with " + settingName(intact);
        return new Claim(id, claim, m, Verdict.CONFIRMED, q);
    }

    private Claim futileWakeups() {
        String id = "futile-wakeups";
        String claim = "Threads waiting for the GIL wake up only to find it taken, burning CPU for nothing.";
        List<String> parts = new ArrayList<>();
        boolean any = false;
        boolean measured = false;
        for (String w : List.of("cpu-bound", "convoy")) {
            for (String v : r.variants(w)) {
                if (!v.startsWith("gil")) {
                    continue;
                }
                for (int t : r.threads(w)) {
                    if (t < 2 && !w.equals("convoy")) {
                        continue;
                    }
                    double futile = r.medianFigure(w, v, t, JfrFigures::futileWakeups);
                    double drops = r.medianFigure(w, v, t, JfrFigures::dropRequests);
                    double wasted = r.medianFigure(w, v, t, f -> f.wastedCpuNanos() / 1e6);
                    if (Double.isNaN(futile)) {
                        continue;
                    }
                    measured = true;
                    any |= futile > 0;
                    String who = w.equals("convoy") ? t + " CPU-bound thread" + (t == 1 ? "" : "s") + " and the sleeper"
                            : t + " threads";
                    parts.add(String.format(Locale.ROOT, "%s %s, %s: %.0f futile wake-ups, %.0f drop requests, %.1f ms CPU wasted",
                            w, v, who, futile, drops, wasted));
                }
            }
        }
        if (!measured) {
            return notMeasured(id, claim);
        }
        return new Claim(id, claim, String.join("; ", parts), any ? Verdict.CONFIRMED : Verdict.REFUTED, "");
    }

    private Claim scales(String workload, String id, String claim) {
        List<String> gils = gilSpeedups(workload);
        if (gils.isEmpty()) {
            return notMeasured(id, claim);
        }
        return scaling(id, claim, workload, gils, "best speed-up: ");
    }

    /** Confirmed when every GIL design scaled, refuted when one stayed flat, else inconclusive. */
    private Claim scaling(String id, String claim, String workload, List<String> gils, String lead) {
        boolean flat = false;
        List<String> between = new ArrayList<>();
        for (String v : gils) {
            double s = best(workload, v)[0];
            if (s < FLAT) {
                flat = true;
            } else if (s < SCALES) {
                between.add(label(v));
            }
        }
        String m = lead + speedups(workload) + String.format(Locale.ROOT,
                " (scaling means at least %.1fx; below %.2fx it does not scale)", SCALES, FLAT);
        if (flat) {
            return new Claim(id, claim, m, Verdict.REFUTED, "");
        }
        if (between.isEmpty()) {
            return new Claim(id, claim, m, Verdict.CONFIRMED, "");
        }
        return new Claim(id, claim, m, Verdict.INCONCLUSIVE, String.join(", ", between)
                + String.format(Locale.ROOT, " between %.2fx and %.1fx: measure again with more repeats (--repeat)",
                        FLAT, SCALES));
    }

    /** The GIL designs (gilvm's gil variants and CPython) that ran {@code workload} on several threads. */
    private List<String> gilVariants(String workload) {
        List<String> v = new ArrayList<>();
        for (String id : r.variants(workload)) {
            if (isGil(id) && !multiThreaded(r.of(workload, id)).isEmpty()) {
                v.add(id);
            }
        }
        return v;
    }

    /** The GIL designs with a speed-up for {@code workload} (runs on one and on several threads). */
    private List<String> gilSpeedups(String workload) {
        return gilVariants(workload).stream().filter(v -> !Double.isNaN(best(workload, v)[0])).toList();
    }

    private static boolean isGil(String id) {
        return id.equals("gil") || id.startsWith("gil:") || id.equals(Variant.CPYTHON);
    }

    private static List<RunResult> multiThreaded(List<RunResult> runs) {
        return runs.stream().filter(x -> x.spec().threads() > 1).toList();
    }

    /** The attempts behind retried runs, when any run needed more than one: " (attempts 1, 3, 1 of at most 5)". */
    private static String attempts(List<RunResult> runs) {
        if (runs.stream().allMatch(x -> x.attempts() == 1)) {
            return "";
        }
        List<String> n = new ArrayList<>();
        for (RunResult x : runs) {
            n.add(Integer.toString(x.attempts()));
        }
        return " (attempts " + String.join(", ", n) + " of at most " + Experiment.RACE_ATTEMPTS + ")";
    }

    private static String settingName(List<String> variants) {
        List<String> names = new ArrayList<>();
        for (String v : variants) {
            names.add(switch (v) {
                case "gil" -> "switches at backward jumps (CPython 3.10+)";
                case "gil:every-instruction" -> "switches at every instruction (CPython <= 3.9)";
                case "gil:legacy-ticks" -> "the pre-3.2 GIL's ticks";
                case Variant.CPYTHON -> "CPython 3.11";
                default -> v;
            });
        }
        return String.join(", ", names);
    }

    private static String label(String variant) {
        return variant.equals(Variant.CPYTHON) ? "CPython" : variant;
    }

    private static Claim notMeasured(String id, String claim) {
        return new Claim(id, claim, "no runs of the workload that settles it", Verdict.NOT_MEASURED, "");
    }
}

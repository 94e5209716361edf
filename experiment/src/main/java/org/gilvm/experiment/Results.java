package org.gilvm.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** All measured runs (warm-ups excluded), with the medians the report and the verdicts use. */
public final class Results {
    private final List<RunResult> runs;

    public Results(List<RunResult> runs) {
        this.runs = runs.stream().filter(r -> !r.spec().warmup()).toList();
    }

    public List<RunResult> runs() {
        return runs;
    }

    public List<RunResult> cell(String workload, String variant, int threads) {
        List<RunResult> r = new ArrayList<>();
        for (RunResult x : runs) {
            RunSpec s = x.spec();
            if (s.workload().name().equals(workload) && s.variant().id().equals(variant) && s.threads() == threads) {
                r.add(x);
            }
        }
        return r;
    }

    public List<RunResult> of(String workload, String variant) {
        return runs.stream().filter(x -> x.spec().workload().name().equals(workload)
                && x.spec().variant().id().equals(variant)).toList();
    }

    /** The variants that ran {@code workload}, in the order first run. */
    public List<String> variants(String workload) {
        Set<String> v = new LinkedHashSet<>();
        for (RunResult x : runs) {
            if (x.spec().workload().name().equals(workload)) {
                v.add(x.spec().variant().id());
            }
        }
        return List.copyOf(v);
    }

    public List<Integer> threads(String workload) {
        return runs.stream().filter(x -> x.spec().workload().name().equals(workload))
                .map(x -> x.spec().threads()).distinct().sorted().toList();
    }

    public List<String> workloads() {
        return runs.stream().map(x -> x.spec().workload().name()).distinct().toList();
    }

    /** The median of a RESULT value over the cell's completed runs, or NaN. */
    public double median(String workload, String variant, int threads, String key) {
        return median(cell(workload, variant, threads), r -> r.completed() ? r.value(key) : Double.NaN);
    }

    /** The median of a JFR figure over the cell's runs that have figures, or NaN. */
    public double medianFigure(String workload, String variant, int threads, ToDoubleFunction<JfrFigures> f) {
        return median(cell(workload, variant, threads), r -> r.figures() == null ? Double.NaN : f.applyAsDouble(r.figures()));
    }

    /** Median time with one thread over median time with {@code threads}: above 1 means faster. */
    public double speedup(String workload, String variant, int threads) {
        return median(workload, variant, 1, "seconds") / median(workload, variant, threads, "seconds");
    }

    /**
     * How many cores the timed part kept busy: the median over the cell of the process's CPU
     * time over the wall time. One under a GIL however many threads run (plus whatever the
     * JVM's compiler and collector threads add); near the thread count without one. NaN when
     * the workload did not print {@code cpu_seconds}.
     */
    public double coresBusy(String workload, String variant, int threads) {
        return median(cell(workload, variant, threads),
                r -> r.completed() ? r.value("cpu_seconds") / r.value("seconds") : Double.NaN);
    }

    public static double median(List<RunResult> cell, ToDoubleFunction<RunResult> f) {
        double[] xs = cell.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).toArray();
        if (xs.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(xs);
        int n = xs.length;
        return n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
    }

    /** How many of the runs satisfy {@code p}. */
    public static long count(List<RunResult> runs, java.util.function.Predicate<RunResult> p) {
        return runs.stream().filter(p).count();
    }
}

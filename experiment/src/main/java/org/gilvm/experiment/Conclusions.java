package org.gilvm.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's conclusions: sentences whose every number (and whose direction: "faster",
 * "slower") is computed from the results. A sentence whose runs are missing is left out.
 */
public final class Conclusions {
    private final Results r;
    private final int cores;

    public Conclusions(Results results, int cores) {
        this.r = results;
        this.cores = cores;
    }

    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        scaling(out);
        singleThreadCost(out);
        convoy(out);
        sharedRead(out);
        races(out);
        return out;
    }

    private int maxThreads(String workload) {
        List<Integer> ts = r.threads(workload);
        return ts.isEmpty() ? 0 : ts.get(ts.size() - 1);
    }

    private void scaling(List<String> out) {
        int t = Math.min(maxThreads("cpu-bound"), Math.max(2, cores));
        if (t < 2) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (String v : r.variants("cpu-bound")) {
            double s = r.speedup("cpu-bound", v, t);
            if (!Double.isNaN(s)) {
                parts.add(String.format(Locale.ROOT, "%s %.2fx", name(v), s));
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        out.add(String.format(Locale.ROOT, "On %d threads (this machine has %d cores) the count loop's speed-up over one thread was: %s. "
                + "A design that lets only one thread run Python code stays near 1x; one without a GIL approaches the core count.",
                t, cores, String.join(", ", parts)));
    }

    private void singleThreadCost(List<String> out) {
        double gil = r.median("cpu-bound", "gil", 1, "seconds");
        List<String> parts = new ArrayList<>();
        for (String v : List.of("atomic-refcount", "tracing", Variant.CPYTHON)) {
            double x = r.median("cpu-bound", v, 1, "seconds");
            if (!Double.isNaN(x) && !Double.isNaN(gil)) {
                parts.add(String.format(Locale.ROOT, "%s %.2fx", name(v), x / gil));
            }
        }
        if (!parts.isEmpty()) {
            out.add(String.format(Locale.ROOT, "On one thread, relative to gilvm's `gil` (%.3f s), the count loop took: %s "
                    + "(above 1x is slower: the price of a design when there is nothing to run in parallel).", gil,
                    String.join(", ", parts)));
        }
    }

    private void convoy(List<String> out) {
        int k = maxThreads("convoy");
        if (k == 0) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (String v : r.variants("convoy")) {
            double p50 = r.median("convoy", v, k, "p50_ms");
            double p99 = r.median("convoy", v, k, "p99_ms");
            if (!Double.isNaN(p50)) {
                parts.add(String.format(Locale.ROOT, "%s %.2f ms (p99 %.2f ms)", name(v), p50, p99));
            }
        }
        if (!parts.isEmpty()) {
            out.add(String.format(Locale.ROOT, "A thread sleeping 1 ms beside %d CPU-bound thread%s woke late by a median of: %s. "
                    + "Under a GIL it must wait for the holder to give the GIL up, up to a switch interval (5 ms).",
                    k, k == 1 ? "" : "s", String.join(", ", parts)));
        }
    }

    private void sharedRead(List<String> out) {
        int t = maxThreads("shared-read");
        if (t < 2) {
            return;
        }
        double atomic = r.speedup("shared-read", "atomic-refcount", t);
        double tracing = r.speedup("shared-read", "tracing", t);
        if (Double.isNaN(atomic) || Double.isNaN(tracing)) {
            return;
        }
        out.add(String.format(Locale.ROOT, "Threads that only read shared objects scaled %.2fx on %d threads with atomic reference counts "
                + "and %.2fx with none (tracing): %s", atomic, t, tracing,
                atomic < tracing ? "every read writes the shared object's count, and the cores fight over that cache line."
                        : "here the counts' contention did not show."));
    }

    private void races(List<String> out) {
        List<RunResult> unsafe = r.of("refcount-race", "unsafe-refcount").stream().filter(x -> x.spec().threads() > 1).toList();
        if (!unsafe.isEmpty()) {
            long uaf = Results.count(unsafe, RunResult::useAfterFree);
            List<RunResult> guarded = r.runs().stream().filter(x -> x.spec().workload().name().equals("refcount-race")
                    && x.spec().threads() > 1 && !x.spec().variant().id().startsWith("unsafe-refcount")).toList();
            long broken = Results.count(guarded, x -> !x.completed() || x.value("clean") != 1.0);
            out.add(String.format(Locale.ROOT, "Without any protection (unsafe-refcount) the shared-reference program ended in a "
                    + "detected use after free in %d of %d runs; the guarded designs failed in %d of %d.", uaf, unsafe.size(),
                    broken, guarded.size()));
        }
        int t = maxThreads("increment-race");
        if (t >= 2) {
            List<String> parts = new ArrayList<>();
            for (String v : r.variants("increment-race")) {
                double lost = r.median("increment-race", v, t, "lost");
                if (!Double.isNaN(lost)) {
                    parts.add(String.format(Locale.ROOT, "%s %.0f", name(v), lost));
                }
            }
            if (!parts.isEmpty()) {
                out.add("Updates lost by `n += 1` on " + t + " threads (median): " + String.join(", ", parts)
                        + ". A lock around the update is the only portable fix.");
            }
        }
    }

    private static String name(String variant) {
        return variant.equals(Variant.CPYTHON) ? "CPython" : "`" + variant + "`";
    }
}

package org.gilvm.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Made-up results for testing the verdict, conclusion and report logic without running anything. */
final class Synthetic {
    private final List<RunResult> runs = new ArrayList<>();

    /** A completed run printing {@code seconds} and the given extra RESULT values. */
    Synthetic run(String workload, String variant, int threads, double seconds, Object... kv) {
        return add(workload, variant, threads, 0, seconds, null, null, kv);
    }

    Synthetic runWithFigures(String workload, String variant, int threads, double seconds, JfrFigures f, Object... kv) {
        return add(workload, variant, threads, 0, seconds, f, null, kv);
    }

    /** A run that ended in a fatal error. */
    Synthetic fatal(String workload, String variant, int threads, String message) {
        return add(workload, variant, threads, RunResult.FATAL_STATUS, Double.NaN, null, message);
    }

    private Synthetic add(String workload, String variant, int threads, int status, double seconds, JfrFigures f,
                          String message, Object... kv) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (!Double.isNaN(seconds)) {
            values.put("seconds", seconds);
        }
        for (int i = 0; i < kv.length; i += 2) {
            values.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        int repeat = 1 + (int) runs.stream().filter(r -> r.spec().workload().name().equals(workload)
                && r.spec().variant().id().equals(variant) && r.spec().threads() == threads).count();
        RunSpec spec = new RunSpec(Workload.byName(workload), Variant.parse(variant), threads, repeat);
        runs.add(new RunResult(spec, status, 1.0, new RunOutput(values, Map.of()), f, message));
        return this;
    }

    static JfrFigures gilFigures(long futile, long waitNanos, long holdNanos) {
        return new JfrFigures(2, 1_000_000, 10, 20, "plain", waitNanos, holdNanos, 100, 50, 40, futile, 1_000_000, 0, 0, 5, 5, 0);
    }

    Results results() {
        return new Results(runs);
    }

    List<RunResult> runs() {
        return runs;
    }
}

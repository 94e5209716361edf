package org.gilvm.experiment;

/**
 * One run of the matrix.
 *
 * @param repeat 1-based; 0 marks the discarded warm-up run of a cell
 */
public record RunSpec(Workload workload, Variant variant, int threads, int repeat) {
    public boolean warmup() {
        return repeat == 0;
    }

    /** A name for the run's files and its {@code run} label. */
    public String slug() {
        return workload.name() + "_" + variant.id().replace(':', '-') + "_t" + threads + "_r" + repeat;
    }
}

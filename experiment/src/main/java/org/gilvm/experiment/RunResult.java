package org.gilvm.experiment;

/**
 * What one run gave.
 *
 * @param exitStatus the process's exit status (134: a fatal VM error such as a detected use after free)
 * @param processSeconds the whole process's wall time, start-up included, as the runner saw it
 * @param output the workload's RESULT and SAMPLES lines
 * @param figures the VM's own figures from JFR; null for CPython or when the recording is missing
 * @param message the first line of stderr when the run did not complete (the fatal error's text)
 * @param attempts how many times the run was made: a race that may not show in one run is
 *     retried until it shows, a bounded number of times (see {@link Experiment#RACE_ATTEMPTS});
 *     this is the last attempt, the one reported
 */
public record RunResult(RunSpec spec, int exitStatus, double processSeconds, RunOutput output, JfrFigures figures,
                        String message, int attempts) {
    public static final int FATAL_STATUS = 134;

    public RunResult(RunSpec spec, int exitStatus, double processSeconds, RunOutput output, JfrFigures figures,
                     String message) {
        this(spec, exitStatus, processSeconds, output, figures, message, 1);
    }

    /** The same run, reported as its {@code n}th attempt. */
    public RunResult attempt(int n) {
        return new RunResult(spec, exitStatus, processSeconds, output, figures, message, n);
    }

    /** Whether the race this run looks for showed: a use after free, or a lost update. */
    public boolean raceShown() {
        return useAfterFree() || completed() && value("lost") > 0;
    }

    public boolean completed() {
        return exitStatus == 0 && output.complete();
    }

    /** The run ended in a fatal "use after free" (the demo strategy working as designed). */
    public boolean useAfterFree() {
        return exitStatus == FATAL_STATUS && message != null && message.contains("use after free")
                || figures != null && figures.useAfterFree() > 0;
    }

    /** A RESULT value, or NaN when the run did not print it. */
    public double value(String key) {
        Double v = output.values().get(key);
        return v == null ? Double.NaN : v;
    }
}

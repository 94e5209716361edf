package org.gilvm.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * A gilvm run's own figures, summed over its Python threads: what the VM counted, read back
 * from the run's JFR recording (the last {@code gilvm.ThreadStats} snapshot of each thread,
 * taken when it ended, and the last {@code gilvm.RunInfo}).
 *
 * <p>A workload that warms up first (its threaded part once, untimed) says when its timed part
 * began; the threads whose last snapshot came before {@code cutoff} were the warm-up's and
 * are left out, so the figures describe the timed part. The process's main thread spans both
 * and is counted whole: it mostly waits in {@code join()} and holds the GIL for moments.
 */
public record JfrFigures(int threads, long instructions, long increfs, long decrefs, String refcountMode,
                         long gilWaitNanos, long gilHoldNanos, long gilAcquisitions, long switches,
                         long dropRequests, long futileWakeups, long wastedCpuNanos,
                         long objectLockContended, long objectLockWaitNanos,
                         long voluntaryContextSwitches, long involuntaryContextSwitches, long useAfterFree) {

    /** GIL wait / (wait + hold): the share of the time threads wanted to run that they spent waiting. */
    public double gilWaitShare() {
        long total = gilWaitNanos + gilHoldNanos;
        return total == 0 ? 0 : (double) gilWaitNanos / total;
    }

    public static JfrFigures read(Path recording) throws IOException {
        return read(recording, null);
    }

    /** The figures of the threads whose last snapshot is at or after {@code cutoff} (null: all). */
    public static JfrFigures read(Path recording, Instant cutoff) throws IOException {
        Map<Long, RecordedEvent> lastByThread = new HashMap<>();
        RecordedEvent runInfo = null;
        try (RecordingFile f = new RecordingFile(recording)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                switch (e.getEventType().getName()) {
                    case "gilvm.ThreadStats" -> lastByThread.merge(e.getLong("ident"), e,
                            (a, b) -> b.getLong("instructions") >= a.getLong("instructions") ? b : a);
                    case "gilvm.RunInfo" -> {
                        if (runInfo == null || !runInfo.getBoolean("ended")) {
                            runInfo = e;
                        }
                    }
                    default -> { }
                }
            }
        }
        long[] sum = new long[15];
        String mode = "none";
        int counted = 0;
        for (RecordedEvent e : lastByThread.values()) {
            if (cutoff != null && e.getStartTime().isBefore(cutoff)) {
                continue;
            }
            counted++;
            mode = e.getString("refcountMode");
            sum[0] += e.getLong("instructions");
            sum[1] += e.getLong("increfs");
            sum[2] += e.getLong("decrefs");
            sum[3] += e.getLong("gilWait");
            sum[4] += e.getLong("gilHold");
            sum[5] += e.getLong("gilAcquisitions");
            sum[6] += e.getLong("switchesInterval") + e.getLong("switchesBlocking") + e.getLong("switchesExit")
                    + e.getLong("switchesYield");
            sum[7] += e.getLong("dropRequests");
            sum[8] += e.getLong("futileWakeups");
            sum[9] += e.getLong("wastedCpu");
            sum[10] += e.getLong("objectLockContended");
            sum[11] += e.getLong("objectLockWait");
            sum[12] += Math.max(0, e.getLong("voluntaryContextSwitches"));
            sum[13] += Math.max(0, e.getLong("involuntaryContextSwitches"));
        }
        long uaf = runInfo == null ? 0 : runInfo.getLong("useAfterFree");
        return new JfrFigures(counted, sum[0], sum[1], sum[2], mode, sum[3], sum[4], sum[5], sum[6],
                sum[7], sum[8], sum[9], sum[10], sum[11], sum[12], sum[13], uaf);
    }
}

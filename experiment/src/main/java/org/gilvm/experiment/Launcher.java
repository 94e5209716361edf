package org.gilvm.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@link RunSpec} in a fresh process: gilvm through {@code gilvmCommand} (the
 * {@code gilvm} launcher, or a {@code java ... Main} command line in tests), CPython through
 * {@code python}. stdout and stderr go to files under {@code runsDir}, gilvm's JFR recording
 * too, so every number in the report can be traced back to a file.
 */
public final class Launcher {
    private final List<String> gilvmCommand;
    private final String python;
    private final Path workloadsDir;
    private final Path runsDir;
    private final String metricsEndpoint;
    private final long timeoutSeconds;

    public Launcher(List<String> gilvmCommand, String python, Path workloadsDir, Path runsDir, String metricsEndpoint,
                    long timeoutSeconds) {
        this.gilvmCommand = List.copyOf(gilvmCommand);
        this.python = python;
        this.workloadsDir = workloadsDir;
        this.runsDir = runsDir;
        this.metricsEndpoint = metricsEndpoint;
        this.timeoutSeconds = timeoutSeconds;
    }

    public RunResult run(RunSpec spec, boolean quick) throws IOException, InterruptedException {
        Files.createDirectories(runsDir);
        String slug = spec.slug();
        Path out = runsDir.resolve(slug + ".out");
        Path err = runsDir.resolve(slug + ".err");
        Path jfr = runsDir.resolve(slug + ".jfr");
        Files.deleteIfExists(jfr);
        List<String> cmd = command(spec, quick, jfr, slug);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int status = finished ? p.exitValue() : -1;
        RunOutput output = RunOutput.parse(Files.readString(out, StandardCharsets.UTF_8));
        JfrFigures figures = null;
        if (!spec.variant().isCpython() && Files.isRegularFile(jfr) && Files.size(jfr) > 0) {
            try {
                figures = JfrFigures.read(jfr, warmupCutoff(output));
            } catch (IOException unreadable) {
                // A run killed mid-write leaves a partial recording: its figures are simply absent.
            }
        }
        String message = null;
        if (!finished) {
            message = "timed out after " + timeoutSeconds + " s";
        } else if (status != 0 || !output.complete()) {
            message = summaryLine(Files.readString(err, StandardCharsets.UTF_8));
        }
        return new RunResult(spec, status, seconds, output, figures, message);
    }

    /**
     * Where the warm-up's threads end and the timed part's begin, for {@link JfrFigures}: half
     * way through the timed part, so that the JFR clock and Python's {@code time.time()} may
     * disagree by anything short of that. Null when the workload has no warm-up.
     */
    static Instant warmupCutoff(RunOutput output) {
        Double from = output.values().get("timed_from");
        Double seconds = output.values().get("seconds");
        if (from == null || seconds == null) {
            return null;
        }
        double at = from + seconds / 2;
        long whole = (long) Math.floor(at);
        return Instant.ofEpochSecond(whole, (long) ((at - whole) * 1e9));
    }

    List<String> command(RunSpec spec, boolean quick, Path jfr, String slug) {
        List<String> cmd = new ArrayList<>();
        Path script = workloadsDir.resolve(spec.workload().file());
        if (spec.variant().isCpython()) {
            cmd.add(python);
        } else {
            cmd.addAll(gilvmCommand);
            cmd.add("run");
            cmd.add("--strategy");
            cmd.add(spec.variant().strategy());
            cmd.addAll(spec.variant().flags());
            cmd.add("--jfr");
            cmd.add(jfr.toString());
            cmd.add("--run-id");
            cmd.add(slug);
            if (metricsEndpoint != null) {
                cmd.add("--metrics=" + metricsEndpoint);
            }
        }
        cmd.add(script.toString());
        cmd.addAll(spec.workload().args(spec.threads(), quick));
        return cmd;
    }

    /** A fatal VM error's first line, else the last line (a traceback's exception line). */
    static String summaryLine(String stderr) {
        String last = "no output";
        for (String line : stderr.split("\n")) {
            if (line.startsWith("Fatal Python error")) {
                return line.strip();
            }
            if (!line.isBlank()) {
                last = line.strip();
            }
        }
        return last;
    }
}

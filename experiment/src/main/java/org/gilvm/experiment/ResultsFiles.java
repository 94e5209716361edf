package org.gilvm.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** {@code results.json} and {@code results.csv}: one row per run, with the machine. */
public final class ResultsFiles {
    private static final List<String> FIGURES = List.of("instructions", "increfs", "decrefs", "refcount_mode",
            "gil_wait_ns", "gil_hold_ns", "gil_acquisitions", "gil_wait_share", "switches", "drop_requests",
            "futile_wakeups", "wasted_cpu_ns", "object_lock_contended", "object_lock_wait_ns",
            "voluntary_context_switches", "involuntary_context_switches", "use_after_free");

    private ResultsFiles() {}

    public static void write(Path dir, Machine m, Settings s, List<RunResult> runs) throws IOException {
        List<String> keys = new ArrayList<>(new TreeSet<>(runs.stream().flatMap(r -> r.output().values().keySet().stream()).toList()));
        StringBuilder csv = new StringBuilder("workload,variant,threads,repeat,warmup,attempts,exit_status,process_seconds,message");
        for (String k : keys) {
            csv.append(',').append(k);
        }
        for (String f : FIGURES) {
            csv.append(',').append(f);
        }
        csv.append(",cores,cpu,os,jdk,python\n");
        StringBuilder json = new StringBuilder("{\n  \"machine\": {");
        json.append("\"cores\": ").append(m.cores()).append(", \"cpu\": ").append(str(m.cpu())).append(", \"os\": ")
                .append(str(m.os())).append(", \"jdk\": ").append(str(m.jdk())).append(", \"python\": ").append(str(m.python()))
                .append("},\n  \"settings\": {\"quick\": ").append(s.quick()).append(", \"repeat\": ").append(s.repeat())
                .append(", \"warmup\": ").append(s.warmup()).append("},\n  \"runs\": [\n");
        for (int i = 0; i < runs.size(); i++) {
            RunResult r = runs.get(i);
            RunSpec sp = r.spec();
            List<String> cells = new ArrayList<>(List.of(sp.workload().name(), sp.variant().id(), Integer.toString(sp.threads()),
                    Integer.toString(sp.repeat()), Boolean.toString(sp.warmup()), Integer.toString(r.attempts()),
                    Integer.toString(r.exitStatus()),
                    num(r.processSeconds()), r.message() == null ? "" : r.message()));
            json.append("    {\"workload\": ").append(str(sp.workload().name())).append(", \"variant\": ").append(str(sp.variant().id()))
                    .append(", \"threads\": ").append(sp.threads()).append(", \"repeat\": ").append(sp.repeat())
                    .append(", \"warmup\": ").append(sp.warmup()).append(", \"attempts\": ").append(r.attempts())
                    .append(", \"exit_status\": ").append(r.exitStatus())
                    .append(", \"process_seconds\": ").append(num(r.processSeconds()))
                    .append(", \"message\": ").append(r.message() == null ? "null" : str(r.message()))
                    .append(", \"result\": {");
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, Double> e : r.output().values().entrySet()) {
                pairs.add(str(e.getKey()) + ": " + num(e.getValue()));
            }
            json.append(String.join(", ", pairs)).append("}, \"figures\": ");
            for (String k : keys) {
                Double v = r.output().values().get(k);
                cells.add(v == null ? "" : num(v));
            }
            List<String> fig = figures(r.figures());
            cells.addAll(fig);
            if (r.figures() == null) {
                json.append("null");
            } else {
                List<String> fp = new ArrayList<>();
                for (int j = 0; j < FIGURES.size(); j++) {
                    String v = fig.get(j);
                    fp.add(str(FIGURES.get(j)) + ": " + (FIGURES.get(j).equals("refcount_mode") ? str(v) : v));
                }
                json.append('{').append(String.join(", ", fp)).append('}');
            }
            json.append(i + 1 < runs.size() ? "},\n" : "}\n");
            cells.addAll(List.of(Integer.toString(m.cores()), m.cpu(), m.os(), m.jdk(), m.python()));
            csv.append(String.join(",", cells.stream().map(ResultsFiles::csvCell).toList())).append('\n');
        }
        json.append("  ]\n}\n");
        Files.writeString(dir.resolve("results.json"), json);
        Files.writeString(dir.resolve("results.csv"), csv);
    }

    private static List<String> figures(JfrFigures f) {
        if (f == null) {
            List<String> empty = new ArrayList<>();
            for (int i = 0; i < FIGURES.size(); i++) {
                empty.add("");
            }
            return empty;
        }
        return List.of(Long.toString(f.instructions()), Long.toString(f.increfs()), Long.toString(f.decrefs()), f.refcountMode(),
                Long.toString(f.gilWaitNanos()), Long.toString(f.gilHoldNanos()), Long.toString(f.gilAcquisitions()),
                num(f.gilWaitShare()), Long.toString(f.switches()), Long.toString(f.dropRequests()),
                Long.toString(f.futileWakeups()), Long.toString(f.wastedCpuNanos()), Long.toString(f.objectLockContended()),
                Long.toString(f.objectLockWaitNanos()), Long.toString(f.voluntaryContextSwitches()),
                Long.toString(f.involuntaryContextSwitches()), Long.toString(f.useAfterFree()));
    }

    static String num(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.6g", d);
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String csvCell(String s) {
        if (s.equals("null")) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

package org.gilvm.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * The report's charts (XChart, drawn headless): speed-up curves per workload, the GIL wait
 * share, the convoy's wake-up latency distribution, lost updates and refcount traffic. Each
 * is written as PNG and SVG.
 */
public final class Charts {
    private static final int WIDTH = 760, HEIGHT = 440;

    private final Results r;
    private final Path dir;

    public Charts(Results results, Path dir) {
        this.r = results;
        this.dir = dir;
    }

    public List<Figure> write() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<Figure> out = new ArrayList<>();
        for (String w : r.workloads()) {
            if (r.threads(w).size() > 1 && r.threads(w).contains(1) && !w.endsWith("-race")) {
                save(speedup(w), "speedup-" + w, out, "Speed-up: " + w,
                        "Median time on one thread over median time on T threads (higher is better; the dashed line is perfect scaling).");
            }
        }
        CategoryChart wait = gilWaitShare();
        if (wait != null) {
            save(wait, "gil-wait-share", out, "GIL wait share (cpu-bound)",
                    "Share of the time threads wanted the GIL that they spent waiting for it: wait / (wait + hold).");
        }
        XYChart latency = convoyLatency();
        if (latency != null) {
            save(latency, "convoy-latency", out, "Wake-up latency (convoy)",
                    "How late a thread sleeping 1 ms woke, while CPU-bound threads ran: cumulative distribution of all samples.");
        }
        CategoryChart lost = lostUpdates();
        if (lost != null) {
            save(lost, "lost-updates", out, "Lost updates (increment-race)",
                    "Median `n += 1` updates lost, by design and thread count.");
        }
        CategoryChart traffic = refcountTraffic();
        if (traffic != null) {
            save(traffic, "refcount-traffic", out, "Reference-count traffic",
                    "Increfs and decrefs per instruction executed, by workload and design (one thread and the most threads run).");
        }
        return out;
    }

    private void save(Chart<?, ?> chart, String stem, List<Figure> out, String title, String caption)
            throws IOException {
        BitmapEncoder.saveBitmap(chart, dir.resolve(stem + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(stem + ".svg").toString(),
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        out.add(new Figure(stem, title, caption));
    }

    private XYChart speedup(String workload) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Speed-up over one thread: " + workload)
                .xAxisTitle("threads").yAxisTitle("T1 / T").build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        List<Integer> ts = r.threads(workload);
        double[] x = ts.stream().mapToDouble(Integer::doubleValue).toArray();
        for (String v : r.variants(workload)) {
            double[] y = ts.stream().mapToDouble(t -> r.speedup(workload, v, t)).toArray();
            if (Arrays.stream(y).noneMatch(Double::isNaN)) {
                c.addSeries(v, x, y);
            }
        }
        XYSeries perfect = c.addSeries("perfect", x, x);
        perfect.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
        perfect.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        return c;
    }

    private CategoryChart gilWaitShare() {
        List<String> names = new ArrayList<>();
        List<Number> shares = new ArrayList<>();
        for (String v : r.variants("cpu-bound")) {
            for (int t : r.threads("cpu-bound")) {
                double share = r.medianFigure("cpu-bound", v, t, JfrFigures::gilWaitShare);
                if (!Double.isNaN(share) && (v.startsWith("gil") || share > 0)) {
                    names.add(v + " T" + t);
                    shares.add(share * 100);
                }
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title("GIL wait share (cpu-bound)")
                .xAxisTitle("design, threads").yAxisTitle("% of GIL time spent waiting").build();
        c.getStyler().setLegendVisible(false);
        c.addSeries("wait share", names, shares);
        return c;
    }

    private XYChart convoyLatency() {
        List<Integer> ts = r.threads("convoy");
        if (ts.isEmpty()) {
            return null;
        }
        int k = ts.get(ts.size() - 1);
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Wake-up latency beside " + k + " CPU-bound thread(s)")
                .xAxisTitle("late by (ms)").yAxisTitle("fraction of wake-ups").build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        boolean any = false;
        for (String v : r.variants("convoy")) {
            List<Double> all = new ArrayList<>();
            for (RunResult x : r.cell("convoy", v, k)) {
                double[] s = x.output().samples().get("latency_ms");
                if (s != null) {
                    for (double d : s) {
                        all.add(d);
                    }
                }
            }
            if (all.isEmpty()) {
                continue;
            }
            double[] xs = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                ys[i] = (i + 1.0) / xs.length;
            }
            c.addSeries(v, xs, ys).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
            any = true;
        }
        return any ? c : null;
    }

    private CategoryChart lostUpdates() {
        List<String> names = new ArrayList<>();
        List<Number> lost = new ArrayList<>();
        for (String v : r.variants("increment-race")) {
            for (int t : r.threads("increment-race")) {
                double l = r.median("increment-race", v, t, "lost");
                if (!Double.isNaN(l) && t > 1) {
                    names.add(v + " T" + t);
                    lost.add(l);
                }
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title("Lost `n += 1` updates")
                .xAxisTitle("design, threads").yAxisTitle("updates lost (median)").build();
        c.getStyler().setLegendVisible(false);
        c.addSeries("lost", names, lost);
        return c;
    }

    private CategoryChart refcountTraffic() {
        List<String> names = new ArrayList<>();
        List<Number> perInstr = new ArrayList<>();
        for (String w : r.workloads()) {
            List<Integer> ts = r.threads(w);
            if (ts.isEmpty()) {
                continue;
            }
            int t = ts.get(ts.size() - 1);
            for (String v : r.variants(w)) {
                double ops = r.medianFigure(w, v, t, f -> f.instructions() == 0 ? Double.NaN
                        : (double) (f.increfs() + f.decrefs()) / f.instructions());
                if (!Double.isNaN(ops)) {
                    names.add(w + " " + v);
                    perInstr.add(ops);
                }
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT + 120).title("Refcount writes per instruction")
                .xAxisTitle("workload, design").yAxisTitle("increfs + decrefs per instruction").build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisLabelRotation(60);
        c.addSeries("refcount ops", names, perInstr);
        return c;
    }
}

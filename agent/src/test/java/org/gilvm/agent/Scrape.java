package org.gilvm.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One scrape of the endpoint: every sample, keyed by its series as the text format writes
 * it ({@code name{label="v",...}}). Also the bounded polling the live tests use.
 */
record Scrape(String text, Map<String, Double> samples) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** How long a test waits for a condition on the metrics before failing. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static Scrape of(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = get(port, "/metrics");
        if (r.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + r.statusCode());
        }
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : r.body().split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new Scrape(r.body(), samples);
    }

    /** Scrapes until {@code ok} holds (every 100 ms, for {@link #PATIENCE} at most); returns that scrape. */
    static Scrape until(int port, String what, Predicate<Scrape> ok) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Scrape s = of(port);
        while (!ok.test(s)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; last scrape:\n"
                        + gilvmLines(s.text));
            }
            Thread.sleep(100);
            s = of(port);
        }
        return s;
    }

    /** The sum of the samples of metric {@code name} whose series contains every one of {@code labels}. */
    double sum(String name, String... labels) {
        double total = 0;
        for (Map.Entry<String, Double> e : samples.entrySet()) {
            if (matches(e.getKey(), name, labels)) {
                total += e.getValue();
            }
        }
        return total;
    }

    /** How many series of metric {@code name} there are with all of {@code labels}. */
    int count(String name, String... labels) {
        int n = 0;
        for (String series : samples.keySet()) {
            if (matches(series, name, labels)) {
                n++;
            }
        }
        return n;
    }

    private static boolean matches(String series, String name, String[] labels) {
        int brace = series.indexOf('{');
        String metric = brace < 0 ? series : series.substring(0, brace);
        if (!metric.equals(name)) {
            return false;
        }
        for (String l : labels) {
            if (!series.contains(l)) {
                return false;
            }
        }
        return true;
    }

    private static String gilvmLines(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("gilvm_") && !line.contains("_bucket")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }
}

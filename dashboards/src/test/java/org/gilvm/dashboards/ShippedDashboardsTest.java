package org.gilvm.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two dashboards as shipped: they pass every check and chart every metric gilvm exports. */
class ShippedDashboardsTest {
    private static final Pattern MACRO = Pattern.compile("\\$__\\w+");

    private static List<JsonNode> targets(JsonNode dashboard) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : DashboardChecks.panels(dashboard.path("panels"))) {
            p.path("targets").forEach(out::add);
        }
        return out;
    }

    private static List<JsonNode> panelsOfType(JsonNode dashboard, String type) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : DashboardChecks.panels(dashboard.path("panels"))) {
            if (p.path("type").asText().equals(type)) {
                out.add(p);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gilvm-overview.json", "gilvm-strategies.json"})
    void eachDashboardPassesEveryCheck(String file) {
        assertEquals(List.of(), DashboardChecks.problems(DashboardFiles.dashboard(file)));
    }

    /** check-live.sh substitutes $__rate_interval and nothing else before it queries Prometheus. */
    @ParameterizedTest
    @ValueSource(strings = {"gilvm-overview.json", "gilvm-strategies.json"})
    void queriesUseNoGrafanaMacroButTheRateInterval(String file) {
        for (JsonNode t : targets(DashboardFiles.dashboard(file))) {
            Matcher m = MACRO.matcher(t.path("expr").asText());
            while (m.find()) {
                assertEquals("$__rate_interval", m.group(), t.path("expr").asText());
            }
        }
    }

    @Test
    void theDashboardsHaveTheirOwnUidsAndShareATagForTheirLinks() {
        JsonNode overview = DashboardFiles.dashboard("gilvm-overview.json");
        JsonNode strategies = DashboardFiles.dashboard("gilvm-strategies.json");
        assertNotEquals(overview.path("uid").asText(), strategies.path("uid").asText());
        for (JsonNode d : List.of(overview, strategies)) {
            assertTrue(d.path("tags").toString().contains("\"gilvm\""), d.path("tags").toString());
            assertEquals("gilvm", d.path("links").path(0).path("tags").path(0).asText());
        }
    }

    @Test
    void everyMetricGilvmExportsIsChartedOnSomeDashboard() {
        Set<String> used = new HashSet<>();
        for (String file : DashboardFiles.DASHBOARDS) {
            for (JsonNode t : targets(DashboardFiles.dashboard(file))) {
                used.addAll(PromQl.metricNames(t.path("expr").asText()));
            }
        }
        List<String> gilvm = new ArrayList<>(KnownMetrics.GILVM_HISTOGRAMS);
        gilvm.addAll(KnownMetrics.GILVM_COUNTERS);
        gilvm.addAll(KnownMetrics.GILVM_GAUGES);
        for (String metric : gilvm) {
            assertTrue(KnownMetrics.gilvmSeries(metric).stream().anyMatch(used::contains), metric + " is on no panel");
        }
        assertTrue(used.contains("jvm_gc_pause_seconds_sum"), "no JVM GC pause panel");
    }

    @Test
    void theOverviewShowsGilWaitPercentilesAndAHeatmapOfItsBuckets() {
        JsonNode overview = DashboardFiles.dashboard("gilvm-overview.json");
        List<JsonNode> heatmaps = panelsOfType(overview, "heatmap");
        assertEquals(1, heatmaps.size());
        JsonNode target = heatmaps.get(0).path("targets").path(0);
        assertEquals("heatmap", target.path("format").asText());
        assertEquals(Set.of("gilvm_gil_wait_seconds_bucket"), PromQl.metricNames(target.path("expr").asText()));
        boolean percentiles = targets(overview).stream().map(t -> t.path("expr").asText())
                .anyMatch(e -> e.startsWith("histogram_quantile(0.99,") && e.contains("gilvm_gil_wait_seconds_bucket"));
        assertTrue(percentiles, "no p99 of the GIL wait");
    }

    @Test
    void theStrategiesDashboardCountsUseAfterFreeErrors() {
        boolean found = targets(DashboardFiles.dashboard("gilvm-strategies.json")).stream()
                .map(t -> t.path("expr").asText())
                .anyMatch(e -> e.contains("gilvm_refcount_errors_total") && e.contains("kind=\"use_after_free\""));
        assertTrue(found);
    }
}

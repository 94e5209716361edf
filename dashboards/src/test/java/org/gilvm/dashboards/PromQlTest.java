package org.gilvm.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromQlTest {
    private static List<String> names(String expr) {
        return List.copyOf(PromQl.metricNames(expr));
    }

    @Test
    void aBareSelectorIsItsMetric() {
        assertEquals(List.of("gilvm_threads"), names("gilvm_threads"));
    }

    @Test
    void labelMatchersAndTheirValuesAreNotMetrics() {
        assertEquals(List.of("gilvm_threads"),
                names("gilvm_threads{state=\"running\", run=~\"$run\", strategy!~\"a{b}c\"}"));
    }

    @Test
    void functionsAggregationsAndLabelListsAreNotMetrics() {
        assertEquals(List.of("gilvm_gil_wait_seconds_bucket"), names(
                "histogram_quantile(0.99, sum by (le, run) (rate(gilvm_gil_wait_seconds_bucket{run=~\"$run\"}[$__rate_interval])))"));
        assertEquals(List.of("gilvm_bytecodes_total"),
                names("SUM(rate(gilvm_bytecodes_total[5m])) WITHOUT (thread)"));
    }

    @Test
    void bothSidesOfABinaryOperatorAreFound() {
        assertEquals(List.of("gilvm_refcount_ops_total", "gilvm_bytecodes_total"), names(
                "sum by (run) (rate(gilvm_refcount_ops_total[5s])) / on (run) group_left (strategy) "
                        + "sum by (run) (rate(gilvm_bytecodes_total[5s]))"));
    }

    @Test
    void numbersDurationsKeywordsAndVariablesAreNotMetrics() {
        assertEquals(List.of("a_total", "b"), names(
                "a_total offset 1h30m > bool 1e-9 and b unless on() vector(0x1f) or topk($n, Inf) # a comment c"));
    }

    @Test
    void stringsHoldNoMetrics() {
        assertEquals(List.of("x"), names("label_replace(x, \"dst\", \"not_a_metric $1\", 'src', `(.*)`)"));
    }

    @Test
    void anExpressionWithoutAMetricNamesNone() {
        assertEquals(List.of(), names("vector(1) + scalar(time())"));
    }
}

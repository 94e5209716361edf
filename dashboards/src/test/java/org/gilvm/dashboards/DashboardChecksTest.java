package org.gilvm.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks catch each kind of mistake: every test breaks one thing in a copy of the overview. */
class DashboardChecksTest {
    private final ObjectNode dashboard = DashboardFiles.dashboard("gilvm-overview.json");

    private ObjectNode panel(int index) {
        return (ObjectNode) dashboard.path("panels").path(index);
    }

    private ObjectNode target(int panel, int index) {
        return (ObjectNode) panel(panel).path("targets").path(index);
    }

    private ObjectNode variable(String name) {
        for (var v : dashboard.path("templating").path("list")) {
            if (v.path("name").asText().equals(name)) {
                return (ObjectNode) v;
            }
        }
        throw new AssertionError("no variable " + name);
    }

    /** The one problem the broken copy has, which must contain {@code expected}. */
    private void assertOnlyProblem(String expected) {
        List<String> problems = DashboardChecks.problems(dashboard);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(expected), problems.get(0));
    }

    @Test
    void theUnbrokenCopyHasNoProblem() {
        assertEquals(List.of(), DashboardChecks.problems(dashboard));
    }

    @Test
    void aPanelIdUsedTwiceIsReported() {
        panel(3).put("id", panel(2).path("id").asInt());
        assertOnlyProblem("is used twice");
    }

    @Test
    void aPanelPastTheTwentyFourthColumnIsReported() {
        ObjectNode last = (ObjectNode) dashboard.path("panels").path(dashboard.path("panels").size() - 1);
        ((ObjectNode) last.path("gridPos")).put("w", 13);
        assertOnlyProblem("outside the 24-column grid");
    }

    @Test
    void overlappingPanelsAreReported() {
        ((ObjectNode) panel(1).path("gridPos")).put("x", 3);
        assertOnlyProblem("overlap");
    }

    @Test
    void aPanelWithoutAPlaceIsReported() {
        panel(0).remove("gridPos");
        List<String> problems = DashboardChecks.problems(dashboard);
        assertTrue(problems.get(0).contains("gridPos.x is missing"), problems.toString());
    }

    @Test
    void aHardCodedDatasourceOnAPanelIsReported() {
        ((ObjectNode) panel(4).path("datasource")).put("uid", "P1809F7CD0C75ACF3");
        assertOnlyProblem("not the variable ${datasource}");
    }

    @Test
    void aQueryWithoutTheDatasourceVariableIsReported() {
        target(4, 1).remove("datasource");
        assertOnlyProblem("query B: datasource is");
    }

    @Test
    void anAngularGraphPanelIsReported() {
        panel(4).put("type", "graph");
        assertOnlyProblem("'graph' is an Angular panel");
    }

    @Test
    void anAngularSinglestatPanelIsReported() {
        panel(0).put("type", "singlestat");
        assertOnlyProblem("'singlestat' is an Angular panel");
    }

    @Test
    void aPanelWithoutAUnitIsReported() {
        ((ObjectNode) panel(6).path("fieldConfig").path("defaults")).remove("unit");
        assertOnlyProblem("has no unit");
    }

    @Test
    void aHeatmapWithoutAUnitOnItsYAxisIsReported() {
        for (int i = 0; i < dashboard.path("panels").size(); i++) {
            if (panel(i).path("type").asText().equals("heatmap")) {
                ((ObjectNode) panel(i).path("options").path("yAxis")).remove("unit");
            }
        }
        assertOnlyProblem("has no y-axis unit");
    }

    @Test
    void anOldSchemaVersionIsReported() {
        dashboard.put("schemaVersion", 27);
        assertOnlyProblem("schemaVersion 27 is older than 39");
    }

    @Test
    void aMisspelledMetricIsReported() {
        ObjectNode t = target(0, 0);
        t.put("expr", t.path("expr").asText().replace("gilvm_bytecodes_total", "gilvm_bytecode_total"));
        assertOnlyProblem("unknown metric 'gilvm_bytecode_total'");
    }

    @Test
    void aQueryThatIgnoresTheRunVariableIsReported() {
        ObjectNode t = target(0, 0);
        t.put("expr", t.path("expr").asText().replace(", run=~\"$run\"", ""));
        assertOnlyProblem("does not filter on $run");
    }

    @Test
    void aPanelWithoutQueriesIsReported() {
        panel(2).set("targets", dashboard.arrayNode());
        assertOnlyProblem("has no queries");
    }

    @Test
    void aMissingDatasourceVariableIsReported() {
        ArrayNode list = (ArrayNode) dashboard.path("templating").path("list");
        list.remove(0);
        List<String> problems = DashboardChecks.problems(dashboard);
        assertTrue(problems.contains("no 'datasource' variable"), problems.toString());
    }

    @Test
    void aMissingThreadVariableIsReported() {
        ArrayNode list = (ArrayNode) dashboard.path("templating").path("list");
        list.remove(3);
        assertOnlyProblem("no 'thread' variable");
    }

    @Test
    void aVariableQueryOnAnUnknownMetricIsReported() {
        ObjectNode run = variable("run");
        String query = run.path("definition").asText().replace("gilvm_bytecodes_total", "gilvm_instructions_total");
        run.put("definition", query);
        ((ObjectNode) run.path("query")).put("query", query);
        assertOnlyProblem("variable 'run': unknown metric 'gilvm_instructions_total'");
    }

    @Test
    void aVariableListingTheWrongLabelIsReported() {
        ObjectNode thread = variable("thread");
        String query = thread.path("definition").asText().replace(", thread)", ", run)");
        thread.put("definition", query);
        ((ObjectNode) thread.path("query")).put("query", query);
        assertOnlyProblem("lists the values of label 'run'");
    }
}

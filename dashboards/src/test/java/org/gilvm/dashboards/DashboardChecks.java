package org.gilvm.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a gilvm dashboard must satisfy to load in a current Grafana and show the right data,
 * checked on its JSON: a list of problems, empty when it is fine, so a test of a broken copy can
 * say which problem it expects. The live side (every query returns data from a real run) is
 * {@code check-live.sh}'s job.
 *
 * <p>The rules: schemaVersion at least {@value #MIN_SCHEMA_VERSION} (what Grafana 11 writes);
 * a {@code datasource} variable of type prometheus and the {@code strategy}, {@code run} and
 * {@code thread} variables, whose {@code label_values} queries name known metrics; panels of
 * non-Angular types only, with unique ids, a place on the 24-column grid that no other panel
 * overlaps, a unit, and the datasource variable on the panel and every query; every query names
 * known metrics only and filters on {@code $strategy} and {@code $run}.
 */
final class DashboardChecks {
    static final int MIN_SCHEMA_VERSION = 39;
    static final int GRID_COLUMNS = 24;

    /** Grafana's built-in React panels the dashboards may use. */
    static final Set<String> PANEL_TYPES = Set.of("timeseries", "stat", "gauge", "heatmap", "bargauge", "table", "text");

    /** Angular panels, which Grafana 11 no longer renders. */
    static final Set<String> ANGULAR_TYPES = Set.of("graph", "singlestat", "table-old", "grafana-piechart-panel");

    static final List<String> FILTER_VARIABLES = List.of("strategy", "run", "thread");

    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*(\\w+)\\s*\\)\\s*$");

    private final List<String> problems = new ArrayList<>();

    private DashboardChecks() {}

    /** Every problem found in {@code dashboard}, in document order. */
    static List<String> problems(JsonNode dashboard) {
        DashboardChecks checks = new DashboardChecks();
        checks.checkDashboard(dashboard);
        return checks.problems;
    }

    private void problem(String message) {
        problems.add(message);
    }

    private void checkDashboard(JsonNode d) {
        if (!d.path("title").isTextual() || d.path("title").asText().isBlank()) {
            problem("dashboard has no title");
        }
        if (!d.path("uid").isTextual() || d.path("uid").asText().isBlank()) {
            problem("dashboard has no uid");
        }
        JsonNode version = d.path("schemaVersion");
        if (!version.isInt() || version.asInt() < MIN_SCHEMA_VERSION) {
            problem("schemaVersion " + version + " is older than " + MIN_SCHEMA_VERSION);
        }
        checkVariables(d.path("templating").path("list"));
        List<JsonNode> panels = panels(d.path("panels"));
        if (panels.isEmpty()) {
            problem("dashboard has no panels");
        }
        Set<Integer> ids = new HashSet<>();
        for (JsonNode p : panels) {
            checkPanel(p, ids);
        }
        checkOverlaps(panels);
    }

    /** The panels, with those inside collapsed rows. */
    static List<JsonNode> panels(JsonNode list) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : list) {
            out.add(p);
            for (JsonNode inner : p.path("panels")) {
                out.add(inner);
            }
        }
        return out;
    }

    private void checkVariables(JsonNode list) {
        JsonNode ds = variable(list, "datasource");
        if (ds == null) {
            problem("no 'datasource' variable");
        } else if (!"datasource".equals(ds.path("type").asText()) || !"prometheus".equals(ds.path("query").asText())) {
            problem("variable 'datasource' is not of type datasource with query prometheus");
        }
        for (String name : FILTER_VARIABLES) {
            JsonNode v = variable(list, name);
            if (v == null) {
                problem("no '" + name + "' variable");
                continue;
            }
            String where = "variable '" + name + "'";
            if (!"query".equals(v.path("type").asText())) {
                problem(where + " is not a query variable");
            }
            checkDatasource(where, v.path("datasource"));
            checkVariableQuery(where, name, v);
        }
    }

    private static JsonNode variable(JsonNode list, String name) {
        for (JsonNode v : list) {
            if (name.equals(v.path("name").asText())) {
                return v;
            }
        }
        return null;
    }

    private void checkVariableQuery(String where, String label, JsonNode v) {
        JsonNode q = v.path("query");
        String query = q.isObject() ? q.path("query").asText() : q.asText();
        if (v.has("definition") && !v.path("definition").asText().equals(query)) {
            problem(where + ": definition and query differ");
        }
        Matcher m = LABEL_VALUES.matcher(query);
        if (!m.matches()) {
            problem(where + ": query is not label_values(selector, label): " + query);
            return;
        }
        if (!m.group(2).equals(label)) {
            problem(where + ": lists the values of label '" + m.group(2) + "'");
        }
        checkMetricNames(where, m.group(1));
    }

    private void checkPanel(JsonNode p, Set<Integer> ids) {
        String where = "panel " + p.path("id") + " '" + p.path("title").asText() + "'";
        if (!p.path("id").isInt()) {
            problem(where + " has no integer id");
        } else if (!ids.add(p.path("id").asInt())) {
            problem(where + ": id " + p.path("id").asInt() + " is used twice");
        }
        if (p.path("title").asText().isBlank()) {
            problem(where + " has no title");
        }
        String type = p.path("type").asText();
        if (ANGULAR_TYPES.contains(type)) {
            problem(where + ": '" + type + "' is an Angular panel (Grafana 11 does not render it)");
        } else if (!PANEL_TYPES.contains(type)) {
            problem(where + ": type '" + type + "' is not one of " + PANEL_TYPES);
        }
        checkGridPos(where, p.path("gridPos"));
        if (type.equals("text")) {
            return;
        }
        checkDatasource(where, p.path("datasource"));
        checkUnit(where, p, type);
        checkTargets(where, p.path("targets"));
    }

    private void checkGridPos(String where, JsonNode g) {
        for (String field : new String[] {"x", "y", "w", "h"}) {
            if (!g.path(field).isInt()) {
                problem(where + ": gridPos." + field + " is missing");
                return;
            }
        }
        int x = g.get("x").asInt(), y = g.get("y").asInt(), w = g.get("w").asInt(), h = g.get("h").asInt();
        if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > GRID_COLUMNS) {
            problem(where + ": gridPos x=" + x + " w=" + w + " y=" + y + " h=" + h + " is outside the "
                    + GRID_COLUMNS + "-column grid");
        }
    }

    private void checkDatasource(String where, JsonNode ds) {
        String uid = ds.path("uid").asText();
        if (!ds.isObject() || !(uid.equals("${datasource}") || uid.equals("$datasource"))) {
            problem(where + ": datasource is " + ds + ", not the variable ${datasource}");
        } else if (!"prometheus".equals(ds.path("type").asText())) {
            problem(where + ": datasource type is not prometheus");
        }
    }

    private void checkUnit(String where, JsonNode p, String type) {
        if (p.path("fieldConfig").path("defaults").path("unit").asText().isBlank()) {
            problem(where + " has no unit (fieldConfig.defaults.unit)");
        }
        if (type.equals("heatmap") && p.path("options").path("yAxis").path("unit").asText().isBlank()) {
            problem(where + " has no y-axis unit (options.yAxis.unit)");
        }
    }

    private void checkTargets(String where, JsonNode targets) {
        if (!targets.isArray() || targets.isEmpty()) {
            problem(where + " has no queries");
            return;
        }
        Set<String> refIds = new HashSet<>();
        for (JsonNode t : targets) {
            String at = where + " query " + t.path("refId").asText();
            if (!refIds.add(t.path("refId").asText())) {
                problem(at + ": refId is used twice");
            }
            checkDatasource(at, t.path("datasource"));
            String expr = t.path("expr").asText();
            if (expr.isBlank()) {
                problem(at + " has no expr");
                continue;
            }
            checkMetricNames(at, expr);
            for (String variable : new String[] {"$strategy", "$run"}) {
                if (!expr.contains(variable)) {
                    problem(at + " does not filter on " + variable);
                }
            }
        }
    }

    private void checkMetricNames(String where, String expr) {
        Set<String> names = PromQl.metricNames(expr);
        if (names.isEmpty()) {
            problem(where + " names no metric: " + expr);
        }
        for (String name : names) {
            if (!KnownMetrics.ALL.contains(name)) {
                problem(where + ": unknown metric '" + name + "'");
            }
        }
    }

    private void checkOverlaps(List<JsonNode> panels) {
        for (int i = 0; i < panels.size(); i++) {
            for (int j = i + 1; j < panels.size(); j++) {
                JsonNode a = panels.get(i).path("gridPos");
                JsonNode b = panels.get(j).path("gridPos");
                if (overlap(a, b)) {
                    problem("panels " + panels.get(i).path("id") + " and " + panels.get(j).path("id") + " overlap");
                }
            }
        }
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        int ax = a.path("x").asInt(), ay = a.path("y").asInt(), aw = a.path("w").asInt(), ah = a.path("h").asInt();
        int bx = b.path("x").asInt(), by = b.path("y").asInt(), bw = b.path("w").asInt(), bh = b.path("h").asInt();
        return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
    }
}

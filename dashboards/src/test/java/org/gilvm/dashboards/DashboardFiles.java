package org.gilvm.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The files this module ships, read from the module's folder (where Maven runs the tests). */
final class DashboardFiles {
    static final Path DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

    static final List<String> DASHBOARDS = List.of("gilvm-overview.json", "gilvm-strategies.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private DashboardFiles() {}

    /** A fresh tree each call, so a test may break its copy. */
    static ObjectNode dashboard(String name) {
        try {
            return (ObjectNode) JSON.readTree(DIR.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(String relativePath) {
        try {
            return YAML.readTree(DIR.resolve(relativePath).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.gilvm.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The compose stack wires together: Grafana finds the dashboards and Prometheus, Prometheus finds gilvm. */
class ProvisioningTest {
    private final JsonNode compose = DashboardFiles.yaml("docker-compose.yml");
    private final JsonNode grafana = compose.path("services").path("grafana");
    private final JsonNode prometheus = compose.path("services").path("prometheus");

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Where the volume list mounts {@code hostPath} in the container, or null. */
    private static String mountOf(JsonNode service, String hostPath) {
        for (String volume : strings(service.path("volumes"))) {
            String[] parts = volume.split(":");
            if (parts[0].equals(hostPath)) {
                return parts[1];
            }
        }
        return null;
    }

    @Test
    void theImagesArePinned() {
        for (JsonNode service : List.of(grafana, prometheus)) {
            String image = service.path("image").asText();
            assertTrue(image.matches("[a-z/]+:v?\\d+\\.\\d+\\.\\d+"), image);
        }
        assertTrue(grafana.path("image").asText().startsWith("grafana/grafana:"));
        assertTrue(prometheus.path("image").asText().startsWith("prom/prometheus:"));
    }

    @Test
    void grafanaMountsEveryDashboardWhereTheProviderReadsThem() throws IOException {
        JsonNode provider = DashboardFiles.yaml("provisioning/dashboards/gilvm.yml").path("providers").path(0);
        assertEquals("file", provider.path("type").asText());
        String path = provider.path("options").path("path").asText();
        List<Path> shipped;
        try (Stream<Path> files = Files.list(DashboardFiles.DIR)) {
            shipped = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(DashboardFiles.DASHBOARDS, shipped.stream().map(f -> f.getFileName().toString()).toList());
        for (Path file : shipped) {
            String name = file.getFileName().toString();
            assertEquals(path + "/" + name, mountOf(grafana, "./" + name), name);
        }
        assertEquals("/etc/grafana/provisioning", mountOf(grafana, "./provisioning"));
        String home = grafana.path("environment").path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText();
        assertEquals(path + "/gilvm-overview.json", home);
    }

    @Test
    void grafanaLetsAnonymousViewersIn() {
        JsonNode env = grafana.path("environment");
        assertEquals("true", env.path("GF_AUTH_ANONYMOUS_ENABLED").asText());
        assertEquals("Viewer", env.path("GF_AUTH_ANONYMOUS_ORG_ROLE").asText());
    }

    @Test
    void theDatasourceIsTheComposePrometheus() {
        JsonNode ds = DashboardFiles.yaml("provisioning/datasources/prometheus.yml").path("datasources").path(0);
        assertEquals("prometheus", ds.path("type").asText());
        assertEquals("http://prometheus:9090", ds.path("url").asText());
        assertTrue(ds.path("isDefault").asBoolean());
        assertEquals("1s", ds.path("jsonData").path("timeInterval").asText());
    }

    @Test
    void prometheusScrapesGilvmEverySecondOnTheHostAndFromCompose() {
        assertEquals("/etc/prometheus/prometheus.yml", mountOf(prometheus, "./prometheus.yml"));
        assertTrue(strings(prometheus.path("extra_hosts")).contains("host.docker.internal:host-gateway"));
        JsonNode config = DashboardFiles.yaml("prometheus.yml");
        assertEquals("1s", config.path("global").path("scrape_interval").asText());
        JsonNode job = config.path("scrape_configs").path(0);
        assertEquals("/metrics", job.path("metrics_path").asText());
        List<String> targets = strings(job.path("static_configs").path(0).path("targets"));
        assertEquals(List.of("127.0.0.1:9464", "host.docker.internal:9464"), targets);
    }

    @Test
    void theUisListenOnTheLoopbackOnly() {
        for (JsonNode service : List.of(grafana, prometheus)) {
            for (String port : strings(service.path("ports"))) {
                assertTrue(port.startsWith("127.0.0.1:"), port);
            }
            assertFalse(service.path("ports").isEmpty());
        }
    }
}

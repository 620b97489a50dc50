package io.wallbreaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Environment variables → Micronaut properties: the embedded database and what lives beside it. */
class RuntimeDefaultsTest {

    @Test
    void shouldKeepTheH2DatabaseAndTheMetricsSnapshotInTheDataDirectory() {
        Map<String, Object> props = RuntimeDefaults.resolve(Map.of("WALLBREAKER_DATA_DIR", "/srv/wb"), new String[0]);
        assertTrue(((String) props.get("datasources.default.url")).startsWith("jdbc:h2:file:/srv/wb/wallbreaker;"));
        assertEquals(Path.of("/srv/wb/metrics-mirror.bin").toString(), props.get("wallbreaker.metrics.snapshot-file"));
    }

    @Test
    void shouldLeaveAnExplicitSnapshotFileAndExternalDatabasesAlone() {
        Map<String, Object> own = RuntimeDefaults.resolve(
                Map.of("WALLBREAKER_METRICS_SNAPSHOT_FILE", "/var/cache/wb.bin"), new String[0]);
        assertFalse(own.containsKey("wallbreaker.metrics.snapshot-file"), "the environment variable applies as set");
        Map<String, Object> pg = RuntimeDefaults.resolve(
                Map.of("WALLBREAKER_DB_URL", "jdbc:postgresql://db/wallbreaker"), new String[0]);
        assertFalse(
                pg.containsKey("wallbreaker.metrics.snapshot-file"), "instances of a shared database: none unless set");
    }
}

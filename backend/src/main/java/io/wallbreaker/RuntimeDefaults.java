package io.wallbreaker;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns Wallbreaker's operator-facing environment variables into Micronaut properties.
 *
 * <p>Micronaut's own {@code DATASOURCES_DEFAULT_*} variables always win; otherwise
 * {@code WALLBREAKER_DB_*} selects an external database, and without either the embedded
 * H2 file database lives in {@code WALLBREAKER_DATA_DIR} (default {@code ./data}).
 */
final class RuntimeDefaults {

    /** H2 speaks PostgreSQL's dialect here so one set of migrations and SQL serves both engines. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            // A 2xx for a write means it is on disk: no delayed commit (H2's default is 500 ms).
            + ";WRITE_DELAY=0"
            // The connection pool closes the database on shutdown, not H2's own JVM hook.
            + ";DB_CLOSE_ON_EXIT=FALSE"
            // Appends to one request queue behind its row lock rather than failing after H2's default 1 s.
            + ";LOCK_TIMEOUT=20000";

    private RuntimeDefaults() {}

    static Map<String, Object> resolve(Map<String, String> env, String[] args) {
        Map<String, Object> props = new HashMap<>();
        if (isBlank(env.get("DATASOURCES_DEFAULT_URL"))) {
            String url = env.get("WALLBREAKER_DB_URL");
            if (isBlank(url)) {
                props.put("datasources.default.url", h2Url(env.get("WALLBREAKER_DATA_DIR")));
                // The metrics mirror's saved copy lives beside the database it mirrors, unless set.
                if (isBlank(env.get("WALLBREAKER_METRICS_SNAPSHOT_FILE"))) {
                    props.put(
                            "wallbreaker.metrics.snapshot-file",
                            dataDir(env.get("WALLBREAKER_DATA_DIR"))
                                    .resolve("metrics-mirror.bin")
                                    .toString());
                }
                props.put("datasources.default.username", "sa");
                props.put("datasources.default.password", "");
            } else {
                props.put("datasources.default.url", url);
                props.put("datasources.default.username", env.getOrDefault("WALLBREAKER_DB_USER", ""));
                props.put("datasources.default.password", env.getOrDefault("WALLBREAKER_DB_PASSWORD", ""));
            }
        }
        if (Arrays.asList(args).contains("--demo")) {
            props.put("wallbreaker.demo", true);
        }
        return props;
    }

    static String h2Url(String dataDir) {
        return "jdbc:h2:file:" + dataDir(dataDir).resolve("wallbreaker") + H2_OPTIONS;
    }

    private static Path dataDir(String dataDir) {
        return Path.of(isBlank(dataDir) ? "data" : dataDir).toAbsolutePath().normalize();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

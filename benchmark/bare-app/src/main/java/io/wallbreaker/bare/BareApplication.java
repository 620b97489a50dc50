package io.wallbreaker.bare;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A bare Micronaut 4 JDBC app, the benchmark's yardstick: Netty, Hikari, Micronaut Data JDBC and
 * Serde, one table, one list. It reads the same database variables as Wallbreaker
 * ({@code WALLBREAKER_DB_URL}, {@code _USER}, {@code _PASSWORD}; without them an H2 file database with
 * Wallbreaker's options in {@code WALLBREAKER_DATA_DIR}) and {@code PORT}, so it runs on the same engine.
 */
public final class BareApplication {

    /** The options io.wallbreaker.RuntimeDefaults gives its H2 file database. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000";

    private BareApplication() {}

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(BareApplication.class)
                .banner(false)
                .properties(datasource(System.getenv()))
                .start();
    }

    static Map<String, Object> datasource(Map<String, String> env) {
        Map<String, Object> props = new HashMap<>();
        String url = env.get("WALLBREAKER_DB_URL");
        if (url == null || url.isBlank()) {
            String dir = env.getOrDefault("WALLBREAKER_DATA_DIR", "data");
            props.put("datasources.default.url", "jdbc:h2:file:"
                    + Path.of(dir.isBlank() ? "data" : dir).toAbsolutePath().normalize().resolve("bare") + H2_OPTIONS);
            props.put("datasources.default.username", "sa");
            props.put("datasources.default.password", "");
        } else {
            props.put("datasources.default.url", url);
            props.put("datasources.default.username", env.getOrDefault("WALLBREAKER_DB_USER", ""));
            props.put("datasources.default.password", env.getOrDefault("WALLBREAKER_DB_PASSWORD", ""));
        }
        return props;
    }
}

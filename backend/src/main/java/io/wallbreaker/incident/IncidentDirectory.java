package io.wallbreaker.incident;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.util.List;

/** What other features may ask about incidents, so none of them reads the incident tables itself. */
@Singleton
public class IncidentDirectory {

    private final JdbcOperations jdbc;

    IncidentDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long incidentId) {
        return !SqlQuery.list(jdbc, "SELECT id FROM incident WHERE id = ?", List.of(incidentId), rs -> rs.getLong(1))
                .isEmpty();
    }

    public static String key(long incidentId) {
        return "INC-" + incidentId;
    }
}

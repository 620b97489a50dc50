package io.wallbreaker.postmortem;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.incident.IncidentPostmortems;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The postmortem facts incidents show and search by, read from the postmortem feature's own table. */
@Singleton
class PostmortemFacts implements IncidentPostmortems {

    private final JdbcOperations jdbc;

    PostmortemFacts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, String> statuses(Collection<Long> incidentIds) {
        Map<Long, String> statuses = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return statuses;
        }
        List<Object> params = new ArrayList<>(incidentIds);
        SqlQuery.forEach(
                jdbc,
                "SELECT incident_id, status FROM postmortem WHERE incident_id IN ("
                        + String.join(", ", Collections.nCopies(params.size(), "?")) + ")",
                params,
                rs -> statuses.put(rs.getLong("incident_id"), rs.getString("status")));
        return statuses;
    }

    @Override
    public String textMatches() {
        return "EXISTS (SELECT 1 FROM postmortem p WHERE p.incident_id = i.id AND LOWER(p.markdown) LIKE ? ESCAPE '\\')";
    }

    @Override
    public String statusOrder() {
        return "COALESCE((SELECT " + Sorting.declaredOrder("p.status", PostmortemStatus.class)
                + " FROM postmortem p WHERE p.incident_id = i.id), -1)";
    }
}

package io.wallbreaker.request;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.incident.IncidentWallTime;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DOMAIN.md's wall time of an incident: the union of the spans during which a linked request was
 * open, clipped to {@code [detectedAt, resolvedAt]} (to now while unresolved), and its share.
 */
@Singleton
@Primary
class RequestWallTime implements IncidentWallTime {

    private final JdbcOperations jdbc;
    private final Clock clock;

    RequestWallTime(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public WallTime of(long incidentId, Instant detectedAt, @Nullable Instant resolvedAt) {
        Instant end = resolvedAt != null ? resolvedAt : clock.instant();
        long span = Duration.between(detectedAt, end).getSeconds();
        List<OpenIntervals.Interval> intervals = new ArrayList<>();
        for (List<Object[]> events : linkedRequestEvents(incidentId).values()) {
            intervals.addAll(OpenIntervals.of(
                    events.stream().map(e -> (EventType) e[0]).toList(),
                    events.stream().map(e -> (Instant) e[1]).toList()));
        }
        if (intervals.isEmpty() || span <= 0) {
            return new WallTime(0, 0.0);
        }
        long wall = OpenIntervals.unionSeconds(intervals, detectedAt, end);
        return new WallTime(wall, (double) wall / span);
    }

    private Map<Long, List<Object[]>> linkedRequestEvents(long incidentId) {
        Map<Long, List<Object[]>> byRequest = new LinkedHashMap<>();
        SqlQuery.list(
                        jdbc,
                        "SELECT e.request_id, e.type, e.at FROM request_event e "
                                + "JOIN cross_request r ON r.id = e.request_id WHERE r.incident_id = ? "
                                + "AND e.type IN ('OPENED', 'REOPENED', 'FULFILLED', 'DECLINED', 'WITHDRAWN') "
                                + "ORDER BY e.request_id, e.seq",
                        List.of(incidentId),
                        rs -> new Object[] {
                            rs.getLong(1), EventType.valueOf(rs.getString(2)), SqlQuery.instant(rs, "at")
                        })
                .forEach(row -> byRequest
                        .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Object[] {row[1], row[2]}));
        return byRequest;
    }
}

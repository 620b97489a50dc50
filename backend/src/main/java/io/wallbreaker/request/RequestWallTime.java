package io.wallbreaker.request;

import io.micronaut.context.annotation.Primary;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.Intervals.Interval;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.incident.IncidentWallTime;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The linked requests' open spans for a set of incidents, read in a few queries: a request that
 * was never reopened was open for exactly {@code [opened_at, closed_at)}; only reopened ones have
 * their open and close events replayed.
 */
@Singleton
@Primary
class RequestWallTime implements IncidentWallTime {

    private static final int CHUNK = 1000;

    private final JdbcOperations jdbc;
    private final Clock clock;

    RequestWallTime(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, WallTime> of(Collection<Span> incidents) {
        List<Span> all = new ArrayList<>(incidents);
        Map<Long, WallTime> result = new HashMap<>();
        Instant now = clock.instant();
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<Span> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            Map<Long, List<Interval>> spans =
                    openSpans(chunk.stream().map(Span::incidentId).toList());
            for (Span s : chunk) {
                result.put(s.incidentId(), WallTime.of(s, spans.get(s.incidentId()), now));
            }
        }
        return result;
    }

    /** Incident id → open spans of its linked requests. */
    private Map<Long, List<Interval>> openSpans(List<Long> incidentIds) {
        String in = "(" + String.join(", ", Collections.nCopies(incidentIds.size(), "?")) + ")";
        List<Object> params = new ArrayList<>(incidentIds);
        Map<Long, List<EventType>> reopenedTypes = new HashMap<>();
        Map<Long, List<Instant>> reopenedTimes = new HashMap<>();
        SqlQuery.list(
                jdbc,
                "SELECT e.request_id, e.type, e.at FROM request_event e JOIN cross_request r ON r.id = e.request_id "
                        + "WHERE r.incident_id IN " + in + " AND r.reopened = TRUE "
                        + "AND e.type IN ('OPENED', 'REOPENED', 'FULFILLED', 'DECLINED', 'WITHDRAWN') "
                        + "ORDER BY e.request_id, e.seq",
                params,
                rs -> {
                    long request = rs.getLong(1);
                    reopenedTypes
                            .computeIfAbsent(request, k -> new ArrayList<>())
                            .add(EventType.valueOf(rs.getString(2)));
                    reopenedTimes
                            .computeIfAbsent(request, k -> new ArrayList<>())
                            .add(SqlQuery.instant(rs, "at"));
                    return null;
                });
        Map<Long, List<Interval>> byIncident = new HashMap<>();
        SqlQuery.list(
                jdbc,
                "SELECT incident_id, id, opened_at, closed_at, reopened FROM cross_request WHERE incident_id IN " + in,
                params,
                rs -> {
                    long request = rs.getLong(2);
                    List<Interval> spans = rs.getBoolean(5)
                            ? OpenIntervals.of(reopenedTypes.get(request), reopenedTimes.get(request))
                            : List.of(
                                    new Interval(SqlQuery.instant(rs, "opened_at"), SqlQuery.instant(rs, "closed_at")));
                    byIncident
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .addAll(spans);
                    return null;
                });
        return byIncident;
    }
}

package io.wallbreaker.metrics;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The few queries metrics need, streamed row by row (a million requests never sit in memory as objects). */
@Singleton
class MetricsStore {

    /** Receives one row of a streaming query. */
    @FunctionalInterface
    interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    MetricsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Changes whenever any record changes: every write appends an audit entry in its own
     * transaction. The count of the newest ids also catches a transaction that took a lower id
     * but committed after a higher one.
     */
    String fingerprint() {
        long max = SqlQuery.list(jdbc, "SELECT COALESCE(MAX(id), 0) FROM audit_entry", List.of(), rs -> rs.getLong(1))
                .get(0);
        long recent = SqlQuery.list(
                        jdbc, "SELECT COUNT(*) FROM audit_entry WHERE id > ?", List.of(max - 1000), rs -> rs.getLong(1))
                .get(0);
        return max + ":" + recent;
    }

    Map<Long, String> teamSlugs() {
        Map<Long, String> slugs = new HashMap<>();
        SqlQuery.list(jdbc, "SELECT id, slug FROM team", List.of(), rs -> slugs.put(rs.getLong(1), rs.getString(2)));
        return slugs;
    }

    /** OLA targets as "requesterId|responderId|KIND" → seconds. */
    Map<String, Long> olaTargets() {
        Map<String, Long> targets = new HashMap<>();
        SqlQuery.list(
                jdbc,
                "SELECT requester_team_id, responder_team_id, kind, target_seconds FROM ola_target",
                List.of(),
                rs -> targets.put(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3), rs.getLong(4)));
        return targets;
    }

    /**
     * Requests opened in [from, to). When the window holds every request (the default two-year
     * window usually does), the range is written as a boolean test that no index can serve: H2
     * would otherwise read the whole table through the {@code opened_at} index, one row lookup per
     * entry (10 s at a million rows against 2 s for a plain scan), while PostgreSQL scans the table
     * for such a window either way. The range stays in the query because a request recorded after
     * the fact may land outside the window between the probe and the scan.
     */
    void requests(Instant from, Instant to, Long teamId, RowSink sink) {
        String range = "opened_at >= ? AND opened_at < ?";
        String sql = "SELECT requester_team_id, responder_team_id, kind, opened_at, lead_time_seconds, "
                + "first_response_seconds, active_seconds, handoffs, ping_pong, outcome FROM cross_request WHERE "
                + (holdsEveryRequest(from, to) ? "(" + range + ") IS TRUE" : range)
                + (teamId == null ? "" : " AND (requester_team_id = ? OR responder_team_id = ?)");
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (teamId != null) {
            params.add(teamId);
            params.add(teamId);
        }
        stream(sql, params, sink);
    }

    /** Whether [from, to) covers the oldest and newest request: two index probes on both engines. */
    private boolean holdsEveryRequest(Instant from, Instant to) {
        List<Boolean> holds =
                SqlQuery.list(jdbc, "SELECT MIN(opened_at), MAX(opened_at) FROM cross_request", List.of(), rs -> {
                    Timestamp first = rs.getTimestamp(1);
                    Timestamp last = rs.getTimestamp(2);
                    return first == null
                            || !first.toInstant().isBefore(from)
                                    && last.toInstant().isBefore(to);
                });
        return holds.get(0);
    }

    /** (owner, responder asked) pairs of shadow systems linked to requests opened in the window. */
    void shadowLinks(Instant from, Instant to, RowSink sink) {
        stream(
                "SELECT DISTINCT s.id, s.owner_team_id, r.responder_team_id FROM shadow_system s "
                        + "JOIN shadow_system_request l ON l.shadow_system_id = s.id "
                        + "JOIN cross_request r ON r.id = l.request_id "
                        + "WHERE r.opened_at >= ? AND r.opened_at < ?",
                List.of(from, to),
                sink);
    }

    void incidents(Instant from, Instant to, Long teamId, RowSink sink) {
        String sql = "SELECT i.id, i.title, i.detected_at, i.root_cause_at, i.resolved_at FROM incident i "
                + "WHERE i.detected_at >= ? AND i.detected_at < ?"
                + (teamId == null
                        ? ""
                        : " AND EXISTS (SELECT 1 FROM incident_team it WHERE it.incident_id = i.id "
                                + "AND it.team_id = ?)");
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (teamId != null) {
            params.add(teamId);
        }
        stream(sql, params, sink);
    }

    /**
     * Requests linked to incidents detected in the window: (incident, request, opened_at, closed_at,
     * reopened). A request that was never reopened was open for exactly [opened_at, closed_at).
     */
    void incidentRequests(Instant from, Instant to, RowSink sink) {
        stream(
                "SELECT r.incident_id, r.id, r.opened_at, r.closed_at, r.reopened FROM cross_request r "
                        + "JOIN incident i ON i.id = r.incident_id WHERE i.detected_at >= ? AND i.detected_at < ?",
                List.of(from, to),
                sink);
    }

    /** Open/close events of the reopened requests among those, in order: only they need a replay. */
    void reopenedIncidentRequestEvents(Instant from, Instant to, RowSink sink) {
        stream(
                "SELECT e.request_id, e.type, e.at FROM request_event e "
                        + "JOIN cross_request r ON r.id = e.request_id JOIN incident i ON i.id = r.incident_id "
                        + "WHERE i.detected_at >= ? AND i.detected_at < ? AND r.reopened = TRUE "
                        + "AND e.type IN ('OPENED', 'REOPENED', 'FULFILLED', 'DECLINED', 'WITHDRAWN') "
                        + "ORDER BY e.request_id, e.seq",
                List.of(from, to),
                sink);
    }

    void shadowSystems(Instant from, Instant to, Long teamId, RowSink sink) {
        String sql =
                "SELECT s.id, s.name, s.provider, s.owner_team_id, s.discovered_by_team_id, s.data_classification, "
                        + "s.first_live_at, s.discovered_at, s.discovery_method, s.status FROM shadow_system s "
                        + "WHERE s.discovered_at >= ? AND s.discovered_at < ?"
                        + (teamId == null ? "" : " AND s.owner_team_id = ?");
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (teamId != null) {
            params.add(teamId);
        }
        stream(sql, params, sink);
    }

    /** Requests that motivated shadow systems discovered in the window, with what a go-around test needs. */
    void shadowMotives(Instant from, Instant to, RowSink sink) {
        stream(
                "SELECT l.shadow_system_id, r.id, r.opened_at, r.outcome, r.lead_time_seconds, r.requester_team_id, "
                        + "r.responder_team_id, o.target_seconds FROM shadow_system_request l "
                        + "JOIN shadow_system s ON s.id = l.shadow_system_id JOIN cross_request r ON r.id = l.request_id "
                        + "LEFT JOIN ola_target o ON o.requester_team_id = r.requester_team_id "
                        + "AND o.responder_team_id = r.responder_team_id AND o.kind = r.kind "
                        + "WHERE s.discovered_at >= ? AND s.discovered_at < ? ORDER BY l.shadow_system_id, r.opened_at",
                List.of(from, to),
                sink);
    }

    /** All closed lead times of one pair (for the go-around test's "above the pair's p85"). */
    LongList closedLeadTimes(long requesterId, long responderId) {
        LongList leads = new LongList();
        stream(
                "SELECT lead_time_seconds FROM cross_request WHERE requester_team_id = ? AND responder_team_id = ? "
                        + "AND lead_time_seconds IS NOT NULL",
                List.of(requesterId, responderId),
                rs -> leads.add(rs.getLong(1)));
        return leads;
    }

    /** (requester, responder, lead time) of every closed request, for per-pair percentiles over many pairs. */
    void allClosedLeadTimes(RowSink sink) {
        stream(
                "SELECT requester_team_id, responder_team_id, lead_time_seconds FROM cross_request "
                        + "WHERE lead_time_seconds IS NOT NULL",
                List.of(),
                sink);
    }

    private void stream(String sql, List<Object> params, RowSink sink) {
        jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setFetchSize(5_000);
                SqlQuery.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs);
                    }
                }
            }
            return null;
        });
    }
}

package io.wallbreaker.metrics;

import io.micronaut.core.annotation.Nullable;
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

    /** Receives one mapped row of a streaming query. */
    @FunctionalInterface
    interface RowSink<T> {
        void accept(T row);
    }

    /** One request in a window, as the pair metrics and trends read it; durations in rounded seconds. */
    record RequestRow(
            long requesterId,
            long responderId,
            String kind,
            Instant openedAt,
            @Nullable Long leadTime,
            @Nullable Long firstResponse,
            long active,
            int handoffs,
            boolean pingPong,
            String outcome) {}

    /** A shadow system linked to a request: its owner and the team the request was made to. */
    record ShadowLink(long systemId, long ownerId, long responderId) {}

    /** An incident in a window. */
    record IncidentRow(
            long id,
            String title,
            Instant detectedAt,
            @Nullable Instant rootCauseAt,
            @Nullable Instant resolvedAt) {}

    /** A shadow system in a window. */
    record ShadowRow(
            long id,
            String name,
            String provider,
            long ownerId,
            long discoveredById,
            String classification,
            Instant firstLiveAt,
            Instant discoveredAt,
            String method,
            String status) {}

    /** A request that motivated a shadow system, with what the go-around test needs. */
    record MotiveRow(
            long systemId,
            long requestId,
            Instant openedAt,
            String outcome,
            @Nullable Long leadTime,
            long requesterId,
            long responderId,
            @Nullable Long target) {}

    /** One closed request's lead time with its pair. */
    record ClosedLead(long requesterId, long responderId, long leadTime) {}

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
    void requests(Instant from, Instant to, Long teamId, RowSink<RequestRow> sink) {
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
        stream(
                sql,
                params,
                rs -> new RequestRow(
                        rs.getLong("requester_team_id"),
                        rs.getLong("responder_team_id"),
                        rs.getString("kind"),
                        SqlQuery.instant(rs, "opened_at"),
                        nullableLong(rs, "lead_time_seconds"),
                        nullableLong(rs, "first_response_seconds"),
                        rs.getLong("active_seconds"),
                        rs.getInt("handoffs"),
                        rs.getBoolean("ping_pong"),
                        rs.getString("outcome")),
                sink);
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
    void shadowLinks(Instant from, Instant to, RowSink<ShadowLink> sink) {
        stream(
                "SELECT DISTINCT s.id, s.owner_team_id, r.responder_team_id FROM shadow_system s "
                        + "JOIN shadow_system_request l ON l.shadow_system_id = s.id "
                        + "JOIN cross_request r ON r.id = l.request_id "
                        + "WHERE r.opened_at >= ? AND r.opened_at < ?",
                List.of(from, to),
                rs -> new ShadowLink(rs.getLong("id"), rs.getLong("owner_team_id"), rs.getLong("responder_team_id")),
                sink);
    }

    void incidents(Instant from, Instant to, Long teamId, RowSink<IncidentRow> sink) {
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
        stream(
                sql,
                params,
                rs -> new IncidentRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        SqlQuery.instant(rs, "detected_at"),
                        SqlQuery.instant(rs, "root_cause_at"),
                        SqlQuery.instant(rs, "resolved_at")),
                sink);
    }

    void shadowSystems(Instant from, Instant to, Long teamId, RowSink<ShadowRow> sink) {
        String sql =
                "SELECT s.id, s.name, s.provider, s.owner_team_id, s.discovered_by_team_id, s.data_classification, "
                        + "s.first_live_at, s.discovered_at, s.discovery_method, s.status FROM shadow_system s "
                        + "WHERE s.discovered_at >= ? AND s.discovered_at < ?"
                        + (teamId == null ? "" : " AND s.owner_team_id = ?");
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (teamId != null) {
            params.add(teamId);
        }
        stream(
                sql,
                params,
                rs -> new ShadowRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("provider"),
                        rs.getLong("owner_team_id"),
                        rs.getLong("discovered_by_team_id"),
                        rs.getString("data_classification"),
                        SqlQuery.instant(rs, "first_live_at"),
                        SqlQuery.instant(rs, "discovered_at"),
                        rs.getString("discovery_method"),
                        rs.getString("status")),
                sink);
    }

    /** Requests that motivated shadow systems discovered in the window, with what a go-around test needs. */
    void shadowMotives(Instant from, Instant to, RowSink<MotiveRow> sink) {
        stream(
                "SELECT l.shadow_system_id, r.id, r.opened_at, r.outcome, r.lead_time_seconds, r.requester_team_id, "
                        + "r.responder_team_id, o.target_seconds FROM shadow_system_request l "
                        + "JOIN shadow_system s ON s.id = l.shadow_system_id JOIN cross_request r ON r.id = l.request_id "
                        + "LEFT JOIN ola_target o ON o.requester_team_id = r.requester_team_id "
                        + "AND o.responder_team_id = r.responder_team_id AND o.kind = r.kind "
                        + "WHERE s.discovered_at >= ? AND s.discovered_at < ? ORDER BY l.shadow_system_id, r.opened_at",
                List.of(from, to),
                rs -> new MotiveRow(
                        rs.getLong("shadow_system_id"),
                        rs.getLong("id"),
                        SqlQuery.instant(rs, "opened_at"),
                        rs.getString("outcome"),
                        nullableLong(rs, "lead_time_seconds"),
                        rs.getLong("requester_team_id"),
                        rs.getLong("responder_team_id"),
                        nullableLong(rs, "target_seconds")),
                sink);
    }

    /** All closed lead times of one pair (for the go-around test's "above the pair's p85"). */
    LongList closedLeadTimes(long requesterId, long responderId) {
        LongList leads = new LongList();
        stream(
                "SELECT lead_time_seconds FROM cross_request WHERE requester_team_id = ? AND responder_team_id = ? "
                        + "AND lead_time_seconds IS NOT NULL",
                List.of(requesterId, responderId),
                rs -> rs.getLong("lead_time_seconds"),
                leads::add);
        return leads;
    }

    /** (requester, responder, lead time) of every closed request, for per-pair percentiles over many pairs. */
    void allClosedLeadTimes(RowSink<ClosedLead> sink) {
        stream(
                "SELECT requester_team_id, responder_team_id, lead_time_seconds FROM cross_request "
                        + "WHERE lead_time_seconds IS NOT NULL",
                List.of(),
                rs -> new ClosedLead(
                        rs.getLong("requester_team_id"),
                        rs.getLong("responder_team_id"),
                        rs.getLong("lead_time_seconds")),
                sink);
    }

    /** Runs {@code sql}, mapping each row by column name in this one class and handing it on, without collecting. */
    private <T> void stream(String sql, List<Object> params, SqlQuery.RowMapper<T> mapper, RowSink<T> sink) {
        jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setFetchSize(5_000);
                SqlQuery.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(mapper.map(rs));
                    }
                }
            }
            return null;
        });
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}

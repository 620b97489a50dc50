package io.wallbreaker.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries that fill and refresh {@link MetricsMirror}: each reads either every row of a table
 * (streamed, at start-up) or the rows of given ids (after a change), mapped in this one class.
 */
@Singleton
class MetricsStore {

    /** Receives one mapped row of a streaming query. */
    @FunctionalInterface
    interface RowSink<T> {
        void accept(T row);
    }

    /** An incident as the metrics read it. */
    record IncidentRow(
            long id,
            Instant detectedAt,
            @Nullable Instant rootCauseAt,
            @Nullable Instant resolvedAt) {}

    /** A shadow system as the metrics read it. */
    record ShadowRow(
            long id,
            String name,
            String provider,
            long ownerId,
            String classification,
            Instant firstLiveAt,
            Instant discoveredAt,
            String method,
            String status) {}

    /** One row of a link table: (owner id, linked id). */
    record Link(long ownerId, long linkedId) {}

    private static final int CHUNK = 1000;

    private static final String REQUEST_COLUMNS = "SELECT id, requester_team_id, responder_team_id, kind, opened_at, "
            + "lead_time_seconds, first_response_seconds, active_seconds, handoffs, ping_pong, outcome, incident_id "
            + "FROM cross_request";
    private static final String INCIDENT_COLUMNS = "SELECT id, detected_at, root_cause_at, resolved_at FROM incident";
    private static final String SHADOW_COLUMNS = "SELECT id, name, provider, owner_team_id, data_classification, "
            + "first_live_at, discovered_at, discovery_method, status FROM shadow_system";

    private final JdbcOperations jdbc;

    MetricsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ the change feed

    /** The newest audit entry id (0 when there is none). */
    long lastAuditId() {
        return SqlQuery.list(jdbc, "SELECT COALESCE(MAX(id), 0) FROM audit_entry", List.of(), rs -> rs.getLong(1))
                .get(0);
    }

    /** When audit entry {@code id} was written (ms), or empty when there is no such entry. */
    java.util.Optional<Long> auditEntryAtMs(long id) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT at FROM audit_entry WHERE id = ?",
                        List.of(id),
                        rs -> rs.getTimestamp(1).getTime())
                .stream()
                .findFirst();
    }

    /** The ids of audit entries above {@code id}. */
    List<Long> auditIdsAfter(long id) {
        return SqlQuery.list(jdbc, "SELECT id FROM audit_entry WHERE id > ?", List.of(id), rs -> rs.getLong(1));
    }

    /** A change feed source on the audit trail. */
    ChangeFeed.Source auditFeed() {
        return new ChangeFeed.Source() {
            @Override
            public List<ChangeFeed.Change> after(long id) {
                return SqlQuery.list(
                        jdbc,
                        "SELECT id, entity_type, entity_id, at FROM audit_entry WHERE id > ? ORDER BY id",
                        List.of(id),
                        MetricsStore::change);
            }

            @Override
            public List<ChangeFeed.Change> byIds(List<Long> ids) {
                List<ChangeFeed.Change> found = new ArrayList<>();
                forChunks(
                        ids,
                        (in, params) -> found.addAll(SqlQuery.list(
                                jdbc,
                                "SELECT id, entity_type, entity_id, at FROM audit_entry WHERE id IN " + in,
                                params,
                                MetricsStore::change)));
                return found;
            }
        };
    }

    private static ChangeFeed.Change change(ResultSet rs) throws SQLException {
        return new ChangeFeed.Change(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).getTime());
    }

    // ------------------------------------------------------------------ small tables, read whole

    Map<Long, String> teamSlugs() {
        Map<Long, String> slugs = new HashMap<>();
        SqlQuery.forEach(jdbc, "SELECT id, slug FROM team", List.of(), rs -> slugs.put(rs.getLong(1), rs.getString(2)));
        return slugs;
    }

    /** OLA targets as "requesterId|responderId|KIND" → seconds. */
    Map<String, Long> olaTargets() {
        Map<String, Long> targets = new HashMap<>();
        SqlQuery.forEach(
                jdbc,
                "SELECT requester_team_id, responder_team_id, kind, target_seconds FROM ola_target",
                List.of(),
                rs -> targets.put(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3), rs.getLong(4)));
        return targets;
    }

    /** Incident titles by id, for the few incidents a metric names. */
    Map<Long, String> incidentTitles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        forChunks(
                new ArrayList<>(ids),
                (in, params) -> SqlQuery.forEach(
                        jdbc,
                        "SELECT id, title FROM incident WHERE id IN " + in,
                        params,
                        rs -> titles.put(rs.getLong(1), rs.getString(2))));
        return titles;
    }

    // ------------------------------------------------------------------ requests

    /** Every request ({@code ids} null) or the requests of {@code ids} that exist. */
    void requests(@Nullable List<Long> ids, RowSink<RequestColumns.Row> sink) {
        rows(REQUEST_COLUMNS, "id", ids, MetricsStore::requestRow, sink);
    }

    private static RequestColumns.Row requestRow(ResultSet rs) throws SQLException {
        return new RequestColumns.Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getTimestamp(5).getTime(),
                SqlQuery.nullableLong(rs, 6),
                SqlQuery.nullableLong(rs, 7),
                rs.getLong(8),
                rs.getInt(9),
                rs.getBoolean(10),
                "DECLINED".equals(rs.getString(11)),
                SqlQuery.nullableLong(rs, 12));
    }

    // ------------------------------------------------------------------ incidents

    void incidents(@Nullable List<Long> ids, RowSink<IncidentRow> sink) {
        rows(
                INCIDENT_COLUMNS,
                "id",
                ids,
                rs -> new IncidentRow(
                        rs.getLong(1),
                        SqlQuery.instant(rs, "detected_at"),
                        SqlQuery.instant(rs, "root_cause_at"),
                        SqlQuery.instant(rs, "resolved_at")),
                sink);
    }

    /** (incident, team) rows of every incident or of {@code ids}. */
    void incidentTeams(@Nullable List<Long> ids, RowSink<Link> sink) {
        rows(
                "SELECT incident_id, team_id FROM incident_team",
                "incident_id",
                ids,
                rs -> new Link(rs.getLong(1), rs.getLong(2)),
                sink);
    }

    // ------------------------------------------------------------------ shadow systems

    void shadowSystems(@Nullable List<Long> ids, RowSink<ShadowRow> sink) {
        rows(
                SHADOW_COLUMNS,
                "id",
                ids,
                rs -> new ShadowRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        SqlQuery.instant(rs, "first_live_at"),
                        SqlQuery.instant(rs, "discovered_at"),
                        rs.getString(8),
                        rs.getString(9)),
                sink);
    }

    /** (shadow system, motivating request) rows of every system or of {@code ids}. */
    void shadowLinks(@Nullable List<Long> ids, RowSink<Link> sink) {
        rows(
                "SELECT shadow_system_id, request_id FROM shadow_system_request",
                "shadow_system_id",
                ids,
                rs -> new Link(rs.getLong(1), rs.getLong(2)),
                sink);
    }

    // ------------------------------------------------------------------ plumbing

    /** Streams {@code select} whole, or restricted to {@code idColumn IN ids} in chunks. */
    private <T> void rows(
            String select, String idColumn, @Nullable List<Long> ids, SqlQuery.RowMapper<T> mapper, RowSink<T> sink) {
        if (ids == null) {
            stream(select, List.of(), mapper, sink);
        } else {
            forChunks(ids, (in, params) -> stream(select + " WHERE " + idColumn + " IN " + in, params, mapper, sink));
        }
    }

    private interface ChunkQuery {
        void run(String in, List<Object> params);
    }

    private static void forChunks(List<Long> ids, ChunkQuery query) {
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            query.run("(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", new ArrayList<>(chunk));
        }
    }

    /** Runs {@code sql}, handing each mapped row on without collecting (a million rows never sit in a list). */
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
}

package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.ListCounts;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for requests and their events; callers hold the transaction. */
@Singleton
class RequestStore {

    /** What lists show: everything but the description. */
    static final String SELECT = "r.id, r.title, r.kind, r.incident_id, r.opened_at, r.external_ref, "
            + "r.state, r.closed_at, r.last_event_at, r.first_response_ms, r.waiting_responder_ms, "
            + "r.waiting_requester_ms, r.active_ms, r.handoffs, r.bounces, r.reopened, r.version, "
            + "rq.slug AS requester_slug, rs.slug AS responder_slug, cr.slug AS current_slug, h.slug AS holder_slug, "
            + "o.target_seconds AS ola_target, r.source_kind, r.source_url, r.connector_id, c.name AS connector_name";

    static final String FROM = "cross_request r "
            + "JOIN team rq ON rq.id = r.requester_team_id "
            + "JOIN team rs ON rs.id = r.responder_team_id "
            + "JOIN team cr ON cr.id = r.current_responder_team_id "
            + "LEFT JOIN team h ON h.id = r.holder_team_id "
            + "LEFT JOIN ola_target o ON o.requester_team_id = r.requester_team_id "
            + "AND o.responder_team_id = r.responder_team_id AND o.kind = r.kind "
            + "LEFT JOIN connector c ON c.id = r.connector_id";

    /**
     * A stored request: its own fields and the ledger's totals as of its last event, from which
     * {@link RequestLedger.Totals#figuresAt} gives the figures now. {@code description} is null in lists.
     */
    record Row(
            long id,
            String title,
            RequestKind kind,
            @Nullable String description,
            @Nullable Long incidentId,
            @Nullable String externalRef,
            String responder,
            @Nullable Long olaTarget,
            long version,
            RequestLedger.Totals totals,
            @Nullable RequestSource source) {}

    /** A stored event, teams as slugs. */
    record StoredEvent(
            long id, int seq, EventType type, Instant at, String team, String toTeam, String note, String recordedBy) {

        RequestLedger.Event toLedgerEvent() {
            return new RequestLedger.Event(type, at, team, toTeam);
        }
    }

    /**
     * What request lists sort by. Figures sort on the stored columns: lead time, first response,
     * hand-offs and bounces are final once set; the court-time sums are as of the request's last
     * event (an open request's running span is not added); age, which only open requests have,
     * is the reverse of their opening time.
     */
    static final Sorting.Fields SORT = Sorting.Fields.tieBreak("r.id")
            .required("key", "r.id")
            .text("title", "r.title")
            .ordinal("kind", "r.kind", RequestKind.class)
            .add("requesterTeam", slugOf("r.requester_team_id"))
            .add("responderTeam", slugOf("r.responder_team_id"))
            .add("currentResponderTeam", slugOf("r.current_responder_team_id"))
            .ordinal("state", "r.state", RequestState.class)
            .required("openedAt", "r.opened_at")
            .add("closedAt", "r.closed_at")
            .add("leadTimeSeconds", "r.lead_time_seconds")
            .reversed("ageSeconds", "CASE WHEN r.outcome = 'OPEN' THEN r.opened_at END")
            .add("timeToFirstResponseSeconds", "r.first_response_ms")
            .add("waitingOnResponderSeconds", "r.waiting_responder_ms")
            .add("waitingOnRequesterSeconds", "r.waiting_requester_ms")
            .add("activeSeconds", "r.active_ms")
            .add("handoffs", "r.handoffs")
            .add("bounces", "r.bounces")
            .byDefault("openedAt,desc");

    private final JdbcOperations jdbc;
    private final ListCounts counts;

    RequestStore(JdbcOperations jdbc, ListCounts counts) {
        this.counts = counts;
        this.jdbc = jdbc;
    }

    Optional<Row> find(long id, boolean lockForUpdate) {
        if (lockForUpdate) {
            // Serialises appends per request: a second writer waits here until the first commits.
            SqlQuery.list(
                    jdbc, "SELECT id FROM cross_request WHERE id = ? FOR UPDATE", List.of(id), rs -> rs.getLong(1));
        }
        return SqlQuery.list(
                        jdbc,
                        "SELECT " + SELECT + ", r.description FROM " + FROM + " WHERE r.id = ?",
                        List.of(id),
                        rs -> row(rs, rs.getString("description")))
                .stream()
                .findFirst();
    }

    Optional<Long> idByExternalRef(String externalRef) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT id FROM cross_request WHERE external_ref = ?",
                        List.of(externalRef),
                        rs -> rs.getLong(1))
                .stream()
                .findFirst();
    }

    List<StoredEvent> events(long requestId) {
        return SqlQuery.list(
                jdbc,
                "SELECT e.id, e.seq, e.type, e.at, t.slug AS team_slug, tt.slug AS to_slug, "
                        + "e.note, e.recorded_by FROM request_event e JOIN team t ON t.id = e.team_id "
                        + "LEFT JOIN team tt ON tt.id = e.to_team_id WHERE e.request_id = ? ORDER BY e.seq",
                List.of(requestId),
                rs -> new StoredEvent(
                        rs.getLong("id"),
                        rs.getInt("seq"),
                        EventType.valueOf(rs.getString("type")),
                        SqlQuery.instant(rs, "at"),
                        rs.getString("team_slug"),
                        rs.getString("to_slug"),
                        rs.getString("note"),
                        rs.getString("recorded_by")));
    }

    long insert(
            String title,
            RequestKind kind,
            String description,
            long requesterId,
            long responderId,
            Long incidentId,
            Instant openedAt,
            String externalRef,
            Instant now) {
        return SqlQuery.insert(
                jdbc,
                "INSERT INTO cross_request (title, kind, description, requester_team_id, "
                        + "responder_team_id, current_responder_team_id, incident_id, opened_at, external_ref, state, "
                        + "holder_team_id, last_event_at, waiting_responder_seconds, waiting_requester_seconds, "
                        + "active_seconds, handoffs, bounces, ping_pong, outcome, version, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0, 0, 0, 0, 0, FALSE, 'OPEN', 0, ?, ?)",
                SqlQuery.params(
                        title,
                        kind,
                        description,
                        requesterId,
                        responderId,
                        responderId,
                        incidentId,
                        openedAt,
                        externalRef,
                        responderId,
                        openedAt,
                        now,
                        now));
    }

    /** Appends an event and returns its id. */
    long insertEvent(
            long requestId,
            int seq,
            EventType type,
            Instant at,
            long teamId,
            Long toTeamId,
            String note,
            String recordedBy,
            Instant now) {
        return SqlQuery.insert(
                jdbc,
                "INSERT INTO request_event (request_id, seq, type, at, team_id, to_team_id, note, "
                        + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                SqlQuery.params(requestId, seq, type, at, teamId, toTeamId, note, recordedBy, now));
    }

    /**
     * Stores the ledger's figures and totals as of its last event, if the row is still at
     * {@code readVersion}; false when another writer changed it first (the caller retries).
     */
    boolean updateDerived(
            long requestId,
            long readVersion,
            RequestLedger ledger,
            long currentResponderId,
            @Nullable Long holderId,
            Instant now) {
        List<Object> params = StoredFigures.params(requestId, ledger, currentResponderId, holderId, now);
        params.add(readVersion);
        return SqlQuery.update(jdbc, StoredFigures.UPDATE_SQL + " AND version = ?", params) == 1;
    }

    PageOf<Row> page(SqlQuery query, Paging paging) {
        return query.page(jdbc, paging, rs -> row(rs, null), counts);
    }

    /**
     * The list query: conditions and sort keys name {@code cross_request}'s own columns only (a
     * team through {@link #slugOf} or {@link #teamIdOf}), so the page is chosen on that table alone.
     */
    static SqlQuery query() {
        return SqlQuery.keyed(SELECT, FROM, "cross_request r", "r.id");
    }

    /** The slug of the team whose id is in {@code column}, as a sort key on {@code cross_request} alone. */
    private static String slugOf(String column) {
        return "(SELECT t.slug FROM team t WHERE t.id = " + column + ")";
    }

    /** The id of the team with the slug bound to its {@code ?}: {@code r.requester_team_id = } + this. */
    static String teamIdOf() {
        return "(SELECT t.id FROM team t WHERE t.slug = ?)";
    }

    /** What the list of OLA targets sorts by; by requester, then responder, then kind by default. */
    static final Sorting.Fields OLA_SORT = Sorting.Fields.tieBreak("rq.slug", "rs.slug", "o.kind")
            .add("requesterTeam", "rq.slug")
            .add("responderTeam", "rs.slug")
            .ordinal("kind", "o.kind", RequestKind.class)
            .add("targetSeconds", "o.target_seconds")
            .byDefault("requesterTeam,asc", "responderTeam,asc");

    /** Every OLA target, in the default order. */
    List<OlaTarget> olaTargets() {
        return olaQuery().all(jdbc, OLA_SORT.defaultOrder().orderBy(), RequestStore::olaTarget);
    }

    PageOf<OlaTarget> olaTargets(Paging paging) {
        return olaQuery().page(jdbc, paging, RequestStore::olaTarget);
    }

    private static SqlQuery olaQuery() {
        return new SqlQuery(
                "rq.slug AS rq, rs.slug AS rs, o.kind, o.target_seconds",
                "ola_target o JOIN team rq ON rq.id = o.requester_team_id "
                        + "JOIN team rs ON rs.id = o.responder_team_id");
    }

    private static OlaTarget olaTarget(ResultSet rs) throws SQLException {
        return new OlaTarget(
                rs.getString("rq"), rs.getString("rs"), rs.getString("kind"), rs.getLong("target_seconds"));
    }

    /** Sets a synced request's own fields as its ticket has them now (its events are replaced separately). */
    void updateSynced(
            long id,
            String title,
            RequestKind kind,
            @Nullable String description,
            long requesterId,
            long responderId,
            Instant openedAt,
            String externalRef,
            String sourceKind,
            @Nullable String sourceUrl,
            long connectorId) {
        SqlQuery.update(
                jdbc,
                "UPDATE cross_request SET title = ?, kind = ?, description = ?, requester_team_id = ?, "
                        + "responder_team_id = ?, opened_at = ?, external_ref = ?, source_kind = ?, source_url = ?, "
                        + "connector_id = ? WHERE id = ?",
                SqlQuery.params(
                        title,
                        kind,
                        description,
                        requesterId,
                        responderId,
                        openedAt,
                        externalRef,
                        sourceKind,
                        sourceUrl,
                        connectorId,
                        id));
    }

    /** Whether request {@code id} was synced from a {@code sourceKind} ticket by a connector deleted since. */
    boolean isOrphanOf(long id, String sourceKind) {
        return !SqlQuery.list(
                        jdbc,
                        "SELECT id FROM cross_request WHERE id = ? AND source_kind = ? AND connector_id IS NULL",
                        SqlQuery.params(id, sourceKind),
                        rs -> rs.getLong(1))
                .isEmpty();
    }

    void deleteEvents(long requestId) {
        SqlQuery.update(jdbc, "DELETE FROM request_event WHERE request_id = ?", List.of(requestId));
    }

    void replaceOlaTargets(List<long[]> teamPairs, List<OlaTarget> targets) {
        SqlQuery.update(jdbc, "DELETE FROM ola_target", List.of());
        for (int i = 0; i < targets.size(); i++) {
            SqlQuery.update(
                    jdbc,
                    "INSERT INTO ola_target (requester_team_id, responder_team_id, kind, target_seconds) "
                            + "VALUES (?, ?, ?, ?)",
                    List.of(
                            teamPairs.get(i)[0],
                            teamPairs.get(i)[1],
                            targets.get(i).kind().toUpperCase(java.util.Locale.ROOT),
                            targets.get(i).targetSeconds()));
        }
    }

    private static Row row(ResultSet rs, @Nullable String description) throws SQLException {
        String requester = rs.getString("requester_slug");
        Long firstResponseMs = SqlQuery.nullableLong(rs, "first_response_ms");
        RequestLedger.Totals totals = new RequestLedger.Totals(
                RequestState.valueOf(rs.getString("state")),
                requester,
                rs.getString("holder_slug"),
                rs.getString("current_slug"),
                SqlQuery.instant(rs, "opened_at"),
                SqlQuery.instant(rs, "last_event_at"),
                SqlQuery.instant(rs, "closed_at"),
                firstResponseMs == null ? null : Duration.ofMillis(firstResponseMs),
                Duration.ofMillis(rs.getLong("waiting_responder_ms")),
                Duration.ofMillis(rs.getLong("waiting_requester_ms")),
                Duration.ofMillis(rs.getLong("active_ms")),
                rs.getInt("handoffs"),
                rs.getInt("bounces"),
                rs.getBoolean("reopened"));
        return new Row(
                rs.getLong("id"),
                rs.getString("title"),
                RequestKind.valueOf(rs.getString("kind")),
                description,
                SqlQuery.nullableLong(rs, "incident_id"),
                rs.getString("external_ref"),
                rs.getString("responder_slug"),
                SqlQuery.nullableLong(rs, "ola_target"),
                rs.getLong("version"),
                totals,
                RequestSource.of(
                        rs.getString("source_kind"),
                        SqlQuery.nullableLong(rs, "connector_id"),
                        rs.getString("connector_name"),
                        rs.getString("source_url")));
    }
}

package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL of connectors, their delivery log, tickets and stored changes. */
@Singleton
class ConnectorStore {

    /** A stored connector, secret included (never leaves the server). */
    record Row(
            long id,
            ConnectorKind kind,
            String name,
            boolean enabled,
            @Nullable String mapping,
            String secret,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    /** A stored ticket and the request derived from it. */
    record TicketRow(
            long id,
            String externalId,
            @Nullable String key,
            @Nullable Long requestId) {}

    /** A stored delivery waiting to be processed. */
    record Pending(long id, long connectorId, String deliveryKey, String event, String body) {}

    private static final String COLUMNS = "id, kind, name, enabled, mapping, secret, version, created_at, updated_at";

    private final JdbcOperations jdbc;

    ConnectorStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long id, boolean lock) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT " + COLUMNS + " FROM connector WHERE id = ?" + (lock ? " FOR UPDATE" : ""),
                        List.of(id),
                        ConnectorStore::row)
                .stream()
                .findFirst();
    }

    List<Row> all() {
        return SqlQuery.list(
                jdbc, "SELECT " + COLUMNS + " FROM connector ORDER BY name", List.of(), ConnectorStore::row);
    }

    long insert(
            ConnectorKind kind, String name, boolean enabled, @Nullable String mapping, String secret, Instant now) {
        return SqlQuery.insert(
                jdbc,
                "INSERT INTO connector (kind, name, enabled, mapping, secret, version, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                SqlQuery.params(kind, name, enabled, mapping, secret, now, now));
    }

    boolean update(long id, long version, String name, boolean enabled, @Nullable String mapping, Instant now) {
        return SqlQuery.update(
                        jdbc,
                        "UPDATE connector SET name = ?, enabled = ?, mapping = ?, version = version + 1, updated_at = ? "
                                + "WHERE id = ? AND version = ?",
                        SqlQuery.params(name, enabled, mapping, now, id, version))
                == 1;
    }

    void updateSecret(long id, String secret, Instant now) {
        SqlQuery.update(
                jdbc,
                "UPDATE connector SET secret = ?, version = version + 1, updated_at = ? WHERE id = ?",
                SqlQuery.params(secret, now, id));
    }

    void delete(long id) {
        // Synced requests stay (their source kind and link remain); the connector's own records go.
        SqlQuery.update(jdbc, "UPDATE connector_ticket SET request_id = NULL WHERE connector_id = ?", List.of(id));
        SqlQuery.update(jdbc, "DELETE FROM connector WHERE id = ?", List.of(id));
    }

    /** Counts by status of the deliveries received since {@code since}, and the newest delivery's time. */
    record Stats(
            @Nullable Instant lastDeliveryAt,
            long processed,
            long unmapped,
            long ignored,
            long rejected,
            long requests) {}

    Stats stats(long connectorId, Instant since) {
        long[] counts = new long[4];
        SqlQuery.forEach(
                jdbc,
                "SELECT status, COUNT(*) AS n FROM connector_delivery WHERE connector_id = ? AND received_at >= ? "
                        + "GROUP BY status",
                SqlQuery.params(connectorId, since),
                rs -> {
                    switch (DeliveryStatus.valueOf(rs.getString("status"))) {
                        case PROCESSED -> counts[0] = rs.getLong("n");
                        case UNMAPPED -> counts[1] = rs.getLong("n");
                        case IGNORED -> counts[2] = rs.getLong("n");
                        case REJECTED -> counts[3] = rs.getLong("n");
                        case RECEIVED -> {}
                    }
                });
        Instant last = SqlQuery.list(
                        jdbc,
                        "SELECT MAX(received_at) AS last FROM connector_delivery WHERE connector_id = ?",
                        List.of(connectorId),
                        rs -> SqlQuery.instant(rs, "last"))
                .get(0);
        long requests = SqlQuery.list(
                        jdbc,
                        "SELECT COUNT(*) FROM cross_request WHERE connector_id = ?",
                        List.of(connectorId),
                        rs -> rs.getLong(1))
                .get(0);
        return new Stats(last, counts[0], counts[1], counts[2], counts[3], requests);
    }

    // --- deliveries ---

    /** Stores a delivery; false when one with the same key was stored before (a redelivery). */
    boolean deliveryExists(long connectorId, String deliveryKey) {
        return !SqlQuery.list(
                        jdbc,
                        "SELECT id FROM connector_delivery WHERE connector_id = ? AND delivery_key = ?",
                        List.of(connectorId, deliveryKey),
                        rs -> rs.getLong(1))
                .isEmpty();
    }

    long insertDelivery(
            long connectorId,
            String deliveryKey,
            String event,
            @Nullable String body,
            DeliveryStatus status,
            @Nullable String reason,
            Instant now) {
        return SqlQuery.insert(
                jdbc,
                "INSERT INTO connector_delivery (connector_id, delivery_key, event, body, received_at, processed_at, "
                        + "attempts, status, reason) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                SqlQuery.params(
                        connectorId,
                        deliveryKey,
                        event,
                        body,
                        now,
                        status == DeliveryStatus.RECEIVED ? null : now,
                        status,
                        reason));
    }

    /** Claims a received delivery for processing in the caller's transaction; empty when another got it first. */
    Optional<Pending> claim(long deliveryId) {
        int claimed = SqlQuery.update(
                jdbc,
                "UPDATE connector_delivery SET attempts = attempts + 1 WHERE id = ? AND status = 'RECEIVED'",
                List.of(deliveryId));
        if (claimed == 0) {
            return Optional.empty();
        }
        return SqlQuery.list(
                        jdbc,
                        "SELECT id, connector_id, delivery_key, event, body FROM connector_delivery WHERE id = ?",
                        List.of(deliveryId),
                        rs -> new Pending(
                                rs.getLong("id"),
                                rs.getLong("connector_id"),
                                rs.getString("delivery_key"),
                                rs.getString("event"),
                                rs.getString("body")))
                .stream()
                .findFirst();
    }

    void finishDelivery(
            long deliveryId,
            DeliveryStatus status,
            @Nullable String reason,
            @Nullable String ticket,
            @Nullable Long requestId,
            Instant now) {
        SqlQuery.update(
                jdbc,
                "UPDATE connector_delivery SET status = ?, reason = ?, ticket = ?, request_id = ?, processed_at = ? "
                        + "WHERE id = ?",
                SqlQuery.params(status, clip(reason), clip(ticket, 300), requestId, now, deliveryId));
    }

    /** Notes a failed attempt; after {@code maxAttempts} the delivery is rejected with the reason. */
    void failDelivery(long deliveryId, String reason, int maxAttempts, Instant now) {
        SqlQuery.update(
                jdbc,
                "UPDATE connector_delivery SET attempts = attempts + 1, reason = ?, "
                        + "status = CASE WHEN attempts + 1 >= ? THEN 'REJECTED' ELSE status END, "
                        + "processed_at = CASE WHEN attempts + 1 >= ? THEN ? ELSE processed_at END WHERE id = ?",
                SqlQuery.params(clip(reason), maxAttempts, maxAttempts, now, deliveryId));
    }

    /** Received deliveries not processed since before {@code before}, oldest first. */
    List<Long> stale(Instant before, int limit) {
        return SqlQuery.list(
                jdbc,
                "SELECT id FROM connector_delivery WHERE status = 'RECEIVED' AND received_at < ? ORDER BY id "
                        + "FETCH FIRST " + limit + " ROWS ONLY",
                List.of(before),
                rs -> rs.getLong(1));
    }

    PageOf<DeliveryView> deliveries(long connectorId, @Nullable DeliveryStatus status, int page, int size) {
        String where = " WHERE connector_id = ?" + (status == null ? "" : " AND status = ?");
        List<Object> params = status == null ? List.of(connectorId) : List.of(connectorId, status.name());
        long total = SqlQuery.list(jdbc, "SELECT COUNT(*) FROM connector_delivery" + where, params, rs -> rs.getLong(1))
                .get(0);
        List<DeliveryView> items = SqlQuery.list(
                jdbc,
                "SELECT id, delivery_key, event, received_at, processed_at, status, reason, ticket, request_id "
                        + "FROM connector_delivery" + where + " ORDER BY id DESC OFFSET " + ((long) page * size)
                        + " ROWS FETCH NEXT " + size + " ROWS ONLY",
                params,
                rs -> new DeliveryView(
                        rs.getLong("id"),
                        rs.getString("delivery_key"),
                        rs.getString("event"),
                        SqlQuery.instant(rs, "received_at"),
                        SqlQuery.instant(rs, "processed_at"),
                        DeliveryStatus.valueOf(rs.getString("status")),
                        rs.getString("reason"),
                        rs.getString("ticket"),
                        SqlQuery.nullableLong(rs, "request_id")));
        return new PageOf<>(items, page, size, total);
    }

    // --- tickets and changes ---

    /** The ticket known by {@code externalId} (directly or as an alias), locked; empty if none. */
    Optional<TicketRow> ticket(long connectorId, String externalId) {
        List<Long> ids = SqlQuery.list(
                jdbc,
                "SELECT id FROM connector_ticket WHERE connector_id = ? AND external_id = ? "
                        + "UNION SELECT ticket_id FROM connector_ticket_alias WHERE connector_id = ? AND external_id = ?",
                List.of(connectorId, externalId, connectorId, externalId),
                rs -> rs.getLong(1));
        return ids.isEmpty() ? Optional.empty() : Optional.of(lockTicket(ids.get(0)));
    }

    /** The id of the ticket known by {@code externalId}, without locking it (previews). */
    Optional<Long> ticketWithoutLock(long connectorId, String externalId) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT id FROM connector_ticket WHERE connector_id = ? AND external_id = ? "
                                + "UNION SELECT ticket_id FROM connector_ticket_alias WHERE connector_id = ? AND external_id = ?",
                        List.of(connectorId, externalId, connectorId, externalId),
                        rs -> rs.getLong(1))
                .stream()
                .findFirst();
    }

    TicketRow lockTicket(long ticketId) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT id, external_id, ticket_key, request_id FROM connector_ticket WHERE id = ? FOR UPDATE",
                        List.of(ticketId),
                        rs -> new TicketRow(
                                rs.getLong("id"),
                                rs.getString("external_id"),
                                rs.getString("ticket_key"),
                                SqlQuery.nullableLong(rs, "request_id")))
                .get(0);
    }

    long insertTicket(long connectorId, String externalId, String key, Instant now) {
        return SqlQuery.insert(
                jdbc,
                "INSERT INTO connector_ticket (connector_id, external_id, ticket_key, status, updated_at) "
                        + "VALUES (?, ?, ?, 'UNMAPPED', ?)",
                SqlQuery.params(connectorId, externalId, clip(key, 300), now));
    }

    void addAlias(long connectorId, String externalId, long ticketId) {
        boolean known = !SqlQuery.list(
                        jdbc,
                        "SELECT ticket_id FROM connector_ticket_alias WHERE connector_id = ? AND external_id = ?",
                        List.of(connectorId, externalId),
                        rs -> rs.getLong(1))
                .isEmpty();
        if (!known) {
            SqlQuery.update(
                    jdbc,
                    "INSERT INTO connector_ticket_alias (connector_id, external_id, ticket_id) VALUES (?, ?, ?)",
                    List.of(connectorId, externalId, ticketId));
        }
    }

    void updateTicket(
            long ticketId,
            String key,
            @Nullable Long requestId,
            ConnectorSync.TicketStatus status,
            @Nullable String reason,
            Instant now) {
        SqlQuery.update(
                jdbc,
                "UPDATE connector_ticket SET ticket_key = ?, request_id = ?, status = ?, reason = ?, updated_at = ? "
                        + "WHERE id = ?",
                SqlQuery.params(clip(key, 300), requestId, status, clip(reason), now, ticketId));
    }

    Set<String> changeKeys(long ticketId) {
        return new HashSet<>(SqlQuery.list(
                jdbc,
                "SELECT change_key FROM connector_change WHERE ticket_id = ?",
                List.of(ticketId),
                rs -> rs.getString(1)));
    }

    void insertChange(long ticketId, String key, Instant at, @Nullable Long deliveryId, String body) {
        SqlQuery.update(
                jdbc,
                "INSERT INTO connector_change (ticket_id, change_key, at, delivery_id, body) VALUES (?, ?, ?, ?, ?)",
                SqlQuery.params(ticketId, key, at, deliveryId, body));
    }

    List<String> changes(long ticketId) {
        return SqlQuery.list(
                jdbc,
                "SELECT body FROM connector_change WHERE ticket_id = ? ORDER BY at, id",
                List.of(ticketId),
                rs -> rs.getString(1));
    }

    List<Long> ticketIds(long connectorId) {
        return SqlQuery.list(
                jdbc,
                "SELECT id FROM connector_ticket WHERE connector_id = ? ORDER BY id",
                List.of(connectorId),
                rs -> rs.getLong(1));
    }

    boolean requestWithReference(String externalRef) {
        return !SqlQuery.list(
                        jdbc,
                        "SELECT id FROM cross_request WHERE external_ref = ?",
                        List.of(externalRef),
                        rs -> rs.getLong(1))
                .isEmpty();
    }

    Set<String> teamSlugs() {
        return new HashSet<>(SqlQuery.list(jdbc, "SELECT slug FROM team", List.of(), rs -> rs.getString(1)));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                ConnectorKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getBoolean("enabled"),
                rs.getString("mapping"),
                rs.getString("secret"),
                rs.getLong("version"),
                SqlQuery.instant(rs, "created_at"),
                SqlQuery.instant(rs, "updated_at"));
    }

    private static @Nullable String clip(@Nullable String s) {
        return clip(s, 2000);
    }

    private static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

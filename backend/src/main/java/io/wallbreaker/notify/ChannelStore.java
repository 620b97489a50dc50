package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of notification channels and their deliveries. */
@Singleton
class ChannelStore {

    /** A stored channel, target and secret included (never leave the server in full). */
    record Row(
            long id,
            ChannelKind kind,
            String name,
            String target,
            @Nullable String secret,
            List<String> teams,
            List<String> events,
            boolean enabled,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        boolean wants(NotificationType type, List<String> notificationTeams) {
            if (!enabled || !events.contains(type.wire())) {
                return false;
            }
            return type == NotificationType.DIGEST_WEEKLY
                    || teams.isEmpty()
                    || notificationTeams.stream().anyMatch(teams::contains);
        }
    }

    /**
     * A delivery with what sending it needs: to a channel, or ({@code userId} set, {@code channelId}
     * {@link #PERSONAL}) a personal e-mail.
     */
    record Due(
            long id,
            long channelId,
            @Nullable Long userId,
            String deliveryKey,
            int attempts,
            String type,
            Instant occurredAt,
            String teams,
            String body) {}

    private static final String COLUMNS =
            "id, kind, name, target, secret, teams, events, enabled, version, created_at, updated_at";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    ChannelStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Row> all() {
        return SqlQuery.list(
                jdbc, "SELECT " + COLUMNS + " FROM notification_channel ORDER BY name", List.of(), this::row);
    }

    Optional<Row> find(long id) {
        return SqlQuery.list(
                        jdbc, "SELECT " + COLUMNS + " FROM notification_channel WHERE id = ?", List.of(id), this::row)
                .stream()
                .findFirst();
    }

    /** The enabled channels that want a notification of {@code type} about {@code teams}. */
    List<Row> subscribers(NotificationType type, List<String> teams) {
        return all().stream().filter(c -> c.wants(type, teams)).toList();
    }

    long insert(
            ChannelKind kind,
            String name,
            String target,
            @Nullable String secret,
            List<String> teams,
            List<String> events,
            boolean enabled,
            Instant now) {
        return SqlQuery.insert(
                jdbc,
                "INSERT INTO notification_channel (kind, name, target, secret, teams, events, enabled, version, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                SqlQuery.params(kind, name, target, secret, write(teams), write(events), enabled, now, now));
    }

    boolean update(
            long id,
            long version,
            String name,
            String target,
            List<String> teams,
            List<String> events,
            boolean enabled,
            Instant now) {
        return SqlQuery.update(
                        jdbc,
                        "UPDATE notification_channel SET name = ?, target = ?, teams = ?, events = ?, enabled = ?, "
                                + "version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                        SqlQuery.params(name, target, write(teams), write(events), enabled, now, id, version))
                == 1;
    }

    void rotateSecret(long id, String secret, Instant now) {
        SqlQuery.update(
                jdbc,
                "UPDATE notification_channel SET secret = ?, version = version + 1, updated_at = ? WHERE id = ?",
                SqlQuery.params(secret, now, id));
    }

    void delete(long id) {
        SqlQuery.update(jdbc, "DELETE FROM notification_channel WHERE id = ?", List.of(id));
    }

    // --- deliveries ---

    long deliveryOf(long notificationId, long channelId) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT id FROM notification_delivery WHERE notification_id = ? AND channel_id = ?",
                        List.of(notificationId, channelId),
                        rs -> rs.getLong(1))
                .get(0);
    }

    /** Takes a due delivery for {@code leaseUntil}; false when another worker (or instance) has it. */
    boolean claim(long id, Instant now, Instant leaseUntil) {
        return SqlQuery.update(
                        jdbc,
                        "UPDATE notification_delivery SET lease_until = ?, attempts = attempts + 1 WHERE id = ? "
                                + "AND status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ? "
                                + "AND (lease_until IS NULL OR lease_until < ?)",
                        SqlQuery.params(leaseUntil, id, now, now))
                == 1;
    }

    /** Takes a delivery now whatever its due time (a test message); false when another has it. */
    boolean claimNow(long id, Instant now, Instant leaseUntil) {
        return SqlQuery.update(
                        jdbc,
                        "UPDATE notification_delivery SET lease_until = ?, attempts = attempts + 1 WHERE id = ? "
                                + "AND status IN ('PENDING', 'RETRYING') AND (lease_until IS NULL OR lease_until < ?)",
                        SqlQuery.params(leaseUntil, id, now))
                == 1;
    }

    /** A channel enabled again: what it had queued is due at once. */
    void wake(long channelId, Instant now) {
        SqlQuery.update(
                jdbc,
                "UPDATE notification_delivery SET next_attempt_at = ? WHERE channel_id = ? "
                        + "AND status IN ('PENDING', 'RETRYING') AND next_attempt_at > ?",
                SqlQuery.params(now, channelId, now));
    }

    /** Puts a delivery of a disabled channel off, without counting the attempt. */
    void postpone(long id, Instant until) {
        SqlQuery.update(
                jdbc,
                "UPDATE notification_delivery SET lease_until = NULL, attempts = attempts - 1, next_attempt_at = ? "
                        + "WHERE id = ?",
                SqlQuery.params(until, id));
    }

    /** The queue of personal e-mails, next to the channels' (identities start at 1). */
    static final long PERSONAL = 0;

    /** The channels with deliveries due now ({@link #PERSONAL} for personal e-mails). */
    List<Long> dueChannels(Instant now) {
        return SqlQuery.list(
                jdbc,
                "SELECT DISTINCT COALESCE(channel_id, 0) FROM notification_delivery WHERE status IN ('PENDING', 'RETRYING') "
                        + "AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)",
                SqlQuery.params(now, now),
                rs -> rs.getLong(1));
    }

    /** A channel's deliveries due now, oldest first (the personal e-mails' for {@link #PERSONAL}). */
    List<Long> dueOf(long channelId, Instant now, int limit) {
        String queue = channelId == PERSONAL ? "channel_id IS NULL" : "channel_id = ?";
        List<Object> params = new java.util.ArrayList<>();
        if (channelId != PERSONAL) {
            params.add(channelId);
        }
        params.addAll(SqlQuery.params(now, now));
        return SqlQuery.list(
                jdbc,
                "SELECT id FROM notification_delivery WHERE " + queue + " AND status IN ('PENDING', 'RETRYING') "
                        + "AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) "
                        + "ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY",
                params,
                rs -> rs.getLong(1));
    }

    Optional<Due> loadDue(long id) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT d.id, d.channel_id, d.user_id, d.delivery_key, d.attempts, n.type, n.occurred_at, n.teams, n.body "
                                + "FROM notification_delivery d JOIN notification n ON n.id = d.notification_id "
                                + "WHERE d.id = ?",
                        List.of(id),
                        rs -> new Due(
                                rs.getLong("id"),
                                rs.getLong("channel_id"),
                                SqlQuery.nullableLong(rs, "user_id"),
                                rs.getString("delivery_key"),
                                rs.getInt("attempts"),
                                rs.getString("type"),
                                SqlQuery.instant(rs, "occurred_at"),
                                rs.getString("teams"),
                                rs.getString("body")))
                .stream()
                .findFirst();
    }

    void sent(long id, long latencyMs, Instant now) {
        SqlQuery.update(
                jdbc,
                "UPDATE notification_delivery SET status = 'SENT', sent_at = ?, latency_ms = ?, lease_until = NULL, "
                        + "last_error = NULL WHERE id = ?",
                SqlQuery.params(now, latencyMs, id));
    }

    void failed(long id, DeliveryState state, String error, Instant nextAttempt, @Nullable Long latencyMs) {
        SqlQuery.update(
                jdbc,
                "UPDATE notification_delivery SET status = ?, last_error = ?, next_attempt_at = ?, latency_ms = ?, "
                        + "lease_until = NULL WHERE id = ?",
                SqlQuery.params(state, clip(error), nextAttempt, latencyMs, id));
    }

    /** Puts a delivery back in the queue with a fresh count of attempts; false if it does not exist. */
    boolean retry(long channelId, long id, Instant now) {
        return SqlQuery.update(
                        jdbc,
                        "UPDATE notification_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                                + "lease_until = NULL WHERE id = ? AND channel_id = ?",
                        SqlQuery.params(now, id, channelId))
                == 1;
    }

    PageOf<NotificationDeliveryView> deliveries(long channelId, @Nullable DeliveryState status, int page, int size) {
        String where = " WHERE d.channel_id = ?" + (status == null ? "" : " AND d.status = ?");
        List<Object> params = status == null ? List.of(channelId) : List.of(channelId, status.name());
        long total = SqlQuery.list(
                        jdbc, "SELECT COUNT(*) FROM notification_delivery d" + where, params, rs -> rs.getLong(1))
                .get(0);
        List<NotificationDeliveryView> items = SqlQuery.list(
                jdbc,
                "SELECT d.id, d.delivery_key, n.type, d.status, d.attempts, d.last_error, d.latency_ms, d.created_at, "
                        + "d.sent_at, d.next_attempt_at FROM notification_delivery d "
                        + "JOIN notification n ON n.id = d.notification_id" + where + " ORDER BY d.id DESC OFFSET "
                        + ((long) page * size) + " ROWS FETCH NEXT " + size + " ROWS ONLY",
                params,
                ChannelStore::delivery);
        return new PageOf<>(items, page, size, total);
    }

    Optional<NotificationDeliveryView> delivery(long channelId, long id) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT d.id, d.delivery_key, n.type, d.status, d.attempts, d.last_error, d.latency_ms, "
                                + "d.created_at, d.sent_at, d.next_attempt_at FROM notification_delivery d "
                                + "JOIN notification n ON n.id = d.notification_id WHERE d.id = ? AND d.channel_id = ?",
                        List.of(id, channelId),
                        ChannelStore::delivery)
                .stream()
                .findFirst();
    }

    /** Deletes notifications created before {@code before} whose deliveries all ended (sent or dead); returns how many. */
    int prune(Instant before) {
        return SqlQuery.update(
                jdbc,
                "DELETE FROM notification WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM notification_delivery d "
                        + "WHERE d.notification_id = notification.id AND d.status IN ('PENDING', 'RETRYING'))",
                SqlQuery.params(before));
    }

    private static NotificationDeliveryView delivery(ResultSet rs) throws SQLException {
        long latency = rs.getLong("latency_ms");
        Long latencyMs = rs.wasNull() ? null : latency;
        return new NotificationDeliveryView(
                rs.getLong("id"),
                rs.getString("delivery_key"),
                rs.getString("type"),
                DeliveryState.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                latencyMs,
                SqlQuery.instant(rs, "created_at"),
                SqlQuery.instant(rs, "sent_at"),
                SqlQuery.instant(rs, "next_attempt_at"));
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                ChannelKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("target"),
                rs.getString("secret"),
                read(rs.getString("teams")),
                read(rs.getString("events")),
                rs.getBoolean("enabled"),
                rs.getLong("version"),
                SqlQuery.instant(rs, "created_at"),
                SqlQuery.instant(rs, "updated_at"));
    }

    List<String> read(String jsonList) {
        try {
            return json.readValue(jsonList, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String clip(@Nullable String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}

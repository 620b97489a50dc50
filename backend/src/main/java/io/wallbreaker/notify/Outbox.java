package io.wallbreaker.notify;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox: a change that notifies calls {@link #publish} inside its own
 * transaction, which writes the notification and one delivery per channel that wants it (and a
 * personal e-mail to each member of its teams who asked for this kind of court item). A change
 * that commits therefore always notifies (the worker sends what is pending, also after a restart),
 * and one that rolls back never does. Nothing is sent here.
 */
@Singleton
public class Outbox {

    /**
     * What happened: its type, the teams it concerns (the unit is the team, never a person), a
     * one-line title, a sentence of text, the app path of the record, and the record's fields.
     */
    public record Message(
            NotificationType type,
            List<String> teams,
            Instant occurredAt,
            String title,
            String text,
            String path,
            Map<String, Object> record) {}

    private final JdbcOperations jdbc;
    private final ChannelStore channels;
    private final EmailPreferences emails;
    private final NotifySettings settings;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(
            JdbcOperations jdbc,
            ChannelStore channels,
            EmailPreferences emails,
            NotifySettings settings,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.emails = emails;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** Writes the notification and its deliveries in the caller's transaction; returns the notification id. */
    public long publish(Message m) {
        long id = insert(m);
        Instant now = clock.instant();
        for (ChannelStore.Row channel : channels.subscribers(m.type(), m.teams())) {
            insertDelivery(id, channel.id(), now);
        }
        Court.ItemType item = m.type().courtItem();
        if (item != null && settings.emailConfigured()) {
            for (long userId : emails.recipients(item, m.teams())) {
                SqlQuery.update(
                        jdbc,
                        "INSERT INTO notification_delivery (notification_id, user_id, delivery_key, status, attempts, "
                                + "next_attempt_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)",
                        SqlQuery.params(id, userId, UUID.randomUUID().toString(), now, now));
            }
        }
        return id;
    }

    /** A notification for one channel only (a test message). */
    long publishTo(long channelId, Message m) {
        long id = insert(m);
        Instant now = clock.instant();
        // Due in an hour: the caller sends it now itself; the poller takes it only if that failed.
        SqlQuery.update(
                jdbc,
                "INSERT INTO notification_delivery (notification_id, channel_id, delivery_key, status, attempts, "
                        + "next_attempt_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)",
                SqlQuery.params(id, channelId, UUID.randomUUID().toString(), now.plusSeconds(3600), now));
        return id;
    }

    private long insert(Message m) {
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", m.title());
        body.put("text", m.text());
        body.put("path", m.path());
        body.put("record", m.record());
        long id = SqlQuery.insert(
                jdbc,
                "INSERT INTO notification (type, teams, occurred_at, body, created_at) VALUES (?, ?, ?, ?, ?)",
                SqlQuery.params(m.type().wire(), write(m.teams()), m.occurredAt(), write(body), now));
        return id;
    }

    /**
     * Fires a time-based notification once: the first caller with {@code onceKey} (across
     * instances and restarts) publishes it, every other gets false. Caller's transaction.
     */
    public boolean publishOnce(String onceKey, Message m) {
        boolean first = SqlQuery.list(
                        jdbc, "SELECT once_key FROM notification_once WHERE once_key = ?", List.of(onceKey), rs -> 1)
                .isEmpty();
        if (!first) {
            return false;
        }
        // Two instances racing here: the primary key lets one insert through; the other rolls back.
        SqlQuery.update(
                jdbc,
                "INSERT INTO notification_once (once_key, created_at) VALUES (?, ?)",
                SqlQuery.params(onceKey, clock.instant()));
        publish(m);
        return true;
    }

    void insertDelivery(long notificationId, long channelId, Instant now) {
        SqlQuery.update(
                jdbc,
                "INSERT INTO notification_delivery (notification_id, channel_id, delivery_key, status, attempts, "
                        + "next_attempt_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)",
                SqlQuery.params(notificationId, channelId, UUID.randomUUID().toString(), now, now));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

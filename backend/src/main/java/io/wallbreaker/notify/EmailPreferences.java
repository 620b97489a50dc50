package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.common.Validator;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Per user: an e-mail address and which kinds of "your court" item also reach them by e-mail (a
 * request whose ball lands with one of their teams or nears its OLA target, an overdue action item,
 * a postmortem left in draft, a shadow-system candidate). Team channels are the admins' business;
 * this is each user's own. No address, no e-mail.
 */
@Singleton
public class EmailPreferences {

    /** What a user gets by e-mail until they choose: the ball in their court and overdue action items. */
    static final Set<Court.ItemType> DEFAULT_ITEMS = EnumSet.of(Court.ItemType.REQUEST, Court.ItemType.ACTION_ITEM);

    static final int MAX_EMAIL = 320;

    /**
     * A user's settings. {@code emailConfigured}: whether the server can send e-mail at all (an SMTP
     * server is configured); {@code version} 0 until the user first saves.
     */
    @Serdeable
    public record View(@Nullable String email, List<Court.ItemType> items, boolean emailConfigured, long version) {}

    /** Body of {@code PUT /api/me/notification-settings}: a blank e-mail removes it. */
    @Serdeable
    public record Update(
            @Nullable String email,
            @Nullable List<String> items,
            @Nullable Long version) {}

    /** A personal e-mail sent (or to be sent) to the signed-in user. */
    @Serdeable
    public record Sent(
            long id,
            String type,
            String title,
            String link,
            DeliveryState status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt) {}

    private record Stored(long userId, @Nullable String email, Set<Court.ItemType> items, long version) {}

    private final JdbcOperations jdbc;
    private final NotifySettings settings;
    private final Sender sender;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    EmailPreferences(
            JdbcOperations jdbc,
            NotifySettings settings,
            Sender sender,
            AuditLog audit,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.sender = sender;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    public View of(String login) {
        return tx.executeRead(status -> view(stored(login)));
    }

    public View update(String login, Update body, Actor actor) {
        Validator v = new Validator();
        String email = body.email() == null || body.email().isBlank()
                ? null
                : body.email().trim();
        if (email != null) {
            if (email.length() > MAX_EMAIL) {
                v.add("email", "must be at most " + MAX_EMAIL + " characters");
            } else if (!ChannelService.EMAIL.matcher(email).matches()) {
                v.add("email", "must be an e-mail address (name@example.org)");
            }
        }
        Set<Court.ItemType> items = EnumSet.noneOf(Court.ItemType.class);
        if (body.items() == null) {
            v.add("items", "is required (an empty list: no e-mail for anything)");
        } else {
            for (int i = 0; i < body.items().size(); i++) {
                Court.ItemType item =
                        v.enumValue("items[" + i + "]", body.items().get(i), Court.ItemType.class);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        v.require("version", body.version());
        v.throwIfInvalid();
        try {
            return tx.executeWrite(status -> {
                Stored before = stored(login);
                if (before.version() != body.version()) {
                    throw ApiException.staleVersion("The notification settings of '" + login + "'");
                }
                Instant now = clock.instant();
                String types = String.join(",", items.stream().map(Enum::name).toList());
                if (before.version() == 0) {
                    SqlQuery.update(
                            jdbc,
                            "INSERT INTO user_email_settings (user_id, email, item_types, version, updated_at) "
                                    + "VALUES (?, ?, ?, 1, ?)",
                            SqlQuery.params(before.userId(), email, types, now));
                } else {
                    SqlQuery.update(
                            jdbc,
                            "UPDATE user_email_settings SET email = ?, item_types = ?, version = version + 1, "
                                    + "updated_at = ? WHERE user_id = ? AND version = ?",
                            SqlQuery.params(email, types, now, before.userId(), before.version()));
                }
                List<Change> changes = new ArrayList<>();
                if (!java.util.Objects.equals(before.email(), email)) {
                    changes.add(new Change("email", before.email(), email));
                }
                if (!before.items().equals(items)) {
                    changes.add(new Change("emailItems", names(before.items()), names(items)));
                }
                audit.append(actor, "UPDATE", AuditedType.USER, login, changes);
                return view(stored(login));
            });
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                // Saved for the first time by two calls at once: the second one is stale.
                throw ApiException.staleVersion("The notification settings of '" + login + "'");
            }
            throw e;
        }
    }

    /** The personal e-mails of a user, newest first. */
    public PageOf<Sent> sent(String login, @Nullable Integer page, @Nullable Integer size) {
        Validator v = new Validator();
        Paging.Window w = Paging.window(v, page, size);
        v.throwIfInvalid();
        return tx.executeRead(status -> {
            long userId = stored(login).userId();
            long total = SqlQuery.list(
                            jdbc,
                            "SELECT COUNT(*) FROM notification_delivery WHERE user_id = ?",
                            List.of(userId),
                            rs -> rs.getLong(1))
                    .get(0);
            List<Sent> items = SqlQuery.list(
                    jdbc,
                    "SELECT d.id, n.type, n.body, d.status, d.attempts, d.last_error, d.created_at, d.sent_at "
                            + "FROM notification_delivery d JOIN notification n ON n.id = d.notification_id "
                            + "WHERE d.user_id = ? ORDER BY d.id DESC OFFSET " + ((long) w.page() * w.size())
                            + " ROWS FETCH NEXT " + w.size() + " ROWS ONLY",
                    List.of(userId),
                    rs -> {
                        Sender.Content body =
                                sender.content(rs.getString("type"), Instant.EPOCH, "[]", rs.getString("body"));
                        return new Sent(
                                rs.getLong("id"),
                                rs.getString("type"),
                                body.title(),
                                body.path(),
                                DeliveryState.valueOf(rs.getString("status")),
                                rs.getInt("attempts"),
                                rs.getString("last_error"),
                                SqlQuery.instant(rs, "created_at"),
                                SqlQuery.instant(rs, "sent_at"));
                    });
            return new PageOf<>(items, w.page(), w.size(), total);
        });
    }

    /**
     * The users to e-mail about a new {@code item} concerning {@code teamSlugs}: members of those
     * teams with an address who asked for that kind of item. Caller's transaction.
     */
    List<Long> recipients(Court.ItemType item, List<String> teamSlugs) {
        if (teamSlugs.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(teamSlugs);
        List<Long> users = new ArrayList<>();
        SqlQuery.forEach(
                jdbc,
                "SELECT DISTINCT s.user_id, s.item_types FROM user_email_settings s "
                        + "JOIN user_team ut ON ut.user_id = s.user_id JOIN team t ON t.id = ut.team_id "
                        + "WHERE s.email IS NOT NULL AND t.slug IN ("
                        + String.join(", ", Collections.nCopies(teamSlugs.size(), "?")) + ") ORDER BY s.user_id",
                params,
                rs -> {
                    if (parse(rs.getString("item_types")).contains(item)) {
                        users.add(rs.getLong("user_id"));
                    }
                });
        return users;
    }

    /** The address a personal e-mail goes to now; empty when the user removed it meanwhile. */
    Optional<String> address(long userId) {
        return SqlQuery.list(
                        jdbc,
                        "SELECT email FROM user_email_settings WHERE user_id = ? AND email IS NOT NULL",
                        List.of(userId),
                        rs -> rs.getString(1))
                .stream()
                .findFirst();
    }

    private Stored stored(String login) {
        List<Long> ids =
                SqlQuery.list(jdbc, "SELECT id FROM app_user WHERE login = ?", List.of(login), rs -> rs.getLong(1));
        if (ids.isEmpty()) {
            throw ApiException.notFound("User '" + login + "'");
        }
        long userId = ids.get(0);
        return SqlQuery.list(
                        jdbc,
                        "SELECT email, item_types, version FROM user_email_settings WHERE user_id = ?",
                        List.of(userId),
                        rs -> new Stored(
                                userId,
                                rs.getString("email"),
                                parse(rs.getString("item_types")),
                                rs.getLong("version")))
                .stream()
                .findFirst()
                .orElse(new Stored(userId, null, DEFAULT_ITEMS, 0));
    }

    private View view(Stored s) {
        return new View(s.email(), List.copyOf(s.items()), settings.emailConfigured(), s.version());
    }

    private static Set<Court.ItemType> parse(String types) {
        Set<Court.ItemType> items = EnumSet.noneOf(Court.ItemType.class);
        Arrays.stream(types.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .forEach(t -> items.add(Court.ItemType.valueOf(t.toUpperCase(Locale.ROOT))));
        return items;
    }

    private static String names(Set<Court.ItemType> items) {
        return items.isEmpty()
                ? "(none)"
                : String.join(", ", items.stream().map(Enum::name).toList());
    }
}

package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Constraints;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Notification channels (ADMIN): create, edit, delete, send a test message, the delivery log. */
@Singleton
class ChannelService {

    private static final AuditedType ENTITY = AuditedType.NOTIFICATION_CHANNEL;
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelStore store;
    private final Outbox outbox;
    private final Sender sender;
    private final DeliveryWorker worker;
    private final TeamDirectory teams;
    private final Constraints constraints;
    private final AuditLog audit;
    private final NotifySettings settings;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    ChannelService(
            ChannelStore store,
            Outbox outbox,
            Sender sender,
            DeliveryWorker worker,
            TeamDirectory teams,
            Constraints constraints,
            AuditLog audit,
            NotifySettings settings,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.settings = settings;
        this.store = store;
        this.outbox = outbox;
        this.sender = sender;
        this.worker = worker;
        this.teams = teams;
        this.constraints = constraints;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    ChannelView create(ChannelCreate body, Actor actor) {
        Validator v = constraints.check(new Validator(), body, "");
        ChannelKind kind = v.enumValue("kind", body.kind(), ChannelKind.class);
        String target = kind == null ? null : target(v, kind, body.url(), body.address(), true);
        List<String> teamSlugs = teams(v, body.teams());
        List<String> events = events(v, body.events());
        v.throwIfInvalid();
        String secret = kind == ChannelKind.WEBHOOK ? newSecret() : null;
        String name = body.name().trim();
        try {
            long id = tx.executeWrite(status -> {
                long newId = store.insert(
                        kind,
                        name,
                        target,
                        secret,
                        teamSlugs,
                        events,
                        body.enabled() == null || body.enabled(),
                        clock.instant());
                audit.append(
                        actor,
                        "CREATE",
                        ENTITY,
                        newId,
                        List.of(
                                new Change("name", null, name),
                                new Change("kind", null, kind.name()),
                                new Change("teams", null, String.join(", ", teamSlugs)),
                                new Change("events", null, String.join(", ", events))));
                return newId;
            });
            ChannelStore.Row row = tx.executeRead(status -> store.find(id)).orElseThrow();
            return view(row, secret);
        } catch (RuntimeException e) {
            throw duplicateName(e);
        }
    }

    List<ChannelView> list() {
        return tx.executeRead(
                status -> store.all().stream().map(r -> view(r, null)).toList());
    }

    ChannelView get(long id) {
        return view(tx.executeRead(status -> require(id)), null);
    }

    ChannelView update(long id, ChannelUpdate body, Actor actor) {
        Validator v = constraints.check(new Validator(), body, "");
        ChannelStore.Row current = tx.executeRead(status -> require(id));
        // Left out (or blank): the stored URL or address, teams and events stay as they are.
        String given = target(v, current.kind(), body.url(), body.address(), false);
        String target = given == null ? current.target() : given;
        List<String> teamSlugs = body.teams() == null ? current.teams() : teams(v, body.teams());
        List<String> events = body.events() == null ? current.events() : events(v, body.events());
        v.throwIfInvalid();
        String name = body.name().trim();
        try {
            tx.executeWrite(status -> {
                if (!store.update(
                        id, body.version(), name, target, teamSlugs, events, body.enabled(), clock.instant())) {
                    throw ApiException.staleVersion("Channel " + current.name());
                }
                List<Change> changes = new ArrayList<>();
                if (!current.name().equals(name)) {
                    changes.add(new Change("name", current.name(), name));
                }
                if (!current.target().equals(target)) {
                    changes.add(
                            new Change("target", mask(current.kind(), current.target()), mask(current.kind(), target)));
                }
                if (!current.teams().equals(teamSlugs)) {
                    changes.add(new Change("teams", String.join(", ", current.teams()), String.join(", ", teamSlugs)));
                }
                if (!current.events().equals(events)) {
                    changes.add(new Change("events", String.join(", ", current.events()), String.join(", ", events)));
                }
                if (!current.enabled() && body.enabled()) {
                    store.wake(id, clock.instant());
                }
                if (current.enabled() != body.enabled()) {
                    changes.add(new Change(
                            "enabled",
                            Boolean.toString(current.enabled()),
                            body.enabled().toString()));
                }
                audit.append(actor, "UPDATE", ENTITY, id, changes);
                return null;
            });
        } catch (RuntimeException e) {
            throw duplicateName(e);
        }
        return get(id);
    }

    void delete(long id, Actor actor) {
        tx.executeWrite(status -> {
            ChannelStore.Row row = require(id);
            store.delete(id);
            audit.append(actor, "DELETE", ENTITY, id, List.of(new Change("name", row.name(), null)));
            return null;
        });
    }

    /**
     * A new signing secret for a WEBHOOK channel, shown once in the answer; every delivery sent from
     * now on (queued ones too) is signed with it, the old one stops working at once.
     */
    ChannelView rotateSecret(long id, Actor actor) {
        String secret = newSecret();
        tx.executeWrite(status -> {
            ChannelStore.Row channel = require(id);
            if (channel.kind() != ChannelKind.WEBHOOK) {
                throw ApiException.conflict("Channel " + id + " is a " + channel.kind()
                        + " channel; only a WEBHOOK channel has a signing " + "secret.");
            }
            store.rotateSecret(id, secret, clock.instant());
            // The secret itself is never audited, only that it changed.
            audit.append(actor, "ROTATE_SECRET", ENTITY, id, List.of(new Change("secret", null, "(rotated)")));
            return null;
        });
        return view(tx.executeRead(status -> require(id)), secret);
    }

    /**
     * Sends a test message now, and answers what the channel said; it is in the delivery log like any
     * other (and retried like any other if it failed).
     */
    TestResult test(long id, Actor actor) {
        ChannelStore.Row channel = tx.executeRead(status -> require(id));
        Instant now = clock.instant();
        long deliveryId = tx.executeWrite(status -> {
            long notification = outbox.publishTo(
                    id,
                    new Outbox.Message(
                            NotificationType.TEST,
                            channel.teams(),
                            now,
                            "Test message from Wallbreaker",
                            "Channel \"" + channel.name() + "\" is connected: Wallbreaker notifications for "
                                    + (channel.teams().isEmpty() ? "every team" : String.join(", ", channel.teams()))
                                    + " arrive here.",
                            "/admin/notifications",
                            Map.of("type", "test", "channel", channel.name())));
            audit.append(actor, "TEST", ENTITY, id, List.of(new Change("test", null, "message " + notification)));
            return store.deliveryOf(notification, id);
        });
        Sender.Outcome outcome = worker.deliverNow(deliveryId).orElseThrow();
        NotificationDeliveryView d =
                tx.executeRead(status -> store.delivery(id, deliveryId)).orElseThrow();
        return new TestResult(d.status(), outcome.httpStatus(), outcome.error(), outcome.latencyMs());
    }

    PageOf<NotificationDeliveryView> deliveries(
            long id, @Nullable String status, @Nullable Integer page, @Nullable Integer size) {
        Validator v = new Validator();
        DeliveryState filter = v.optionalEnum("status", status, DeliveryState.class);
        Paging.Window w = Paging.window(v, page, size);
        v.throwIfInvalid();
        return tx.executeRead(st -> {
            require(id);
            return store.deliveries(id, filter, w.page(), w.size());
        });
    }

    NotificationDeliveryView retry(long id, long deliveryId, Actor actor) {
        return tx.executeWrite(status -> {
            require(id);
            NotificationDeliveryView d = store.delivery(id, deliveryId)
                    .orElseThrow(() -> ApiException.notFound("Delivery " + deliveryId + " of channel " + id));
            if (d.status() != DeliveryState.DEAD && d.status() != DeliveryState.RETRYING) {
                throw ApiException.conflict("Delivery " + deliveryId + " is " + d.status()
                        + "; only a DEAD or RETRYING delivery can be retried.");
            }
            store.retry(id, deliveryId, clock.instant());
            audit.append(actor, "RETRY", ENTITY, id, List.of(new Change("delivery", null, Long.toString(deliveryId))));
            return store.delivery(id, deliveryId).orElseThrow();
        });
    }

    private ChannelStore.Row require(long id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound("Notification channel " + id));
    }

    /** The URL (http or https, absolute, no user info) or the e-mail address the kind needs. */
    private @Nullable String target(
            Validator v, ChannelKind kind, @Nullable String url, @Nullable String address, boolean required) {
        if (kind == ChannelKind.EMAIL) {
            if (url != null) {
                v.add("url", "an EMAIL channel takes an address, not a url");
            }
            if (address == null || address.isBlank()) {
                if (required) {
                    v.add("address", "is required for an EMAIL channel");
                }
                return null;
            }
            if (!EMAIL.matcher(address.trim()).matches()) {
                v.add("address", "must be an e-mail address (name@example.org)");
            }
            return address.trim();
        }
        if (address != null) {
            v.add("address", "only an EMAIL channel takes an address");
        }
        if (url == null || url.isBlank()) {
            if (required) {
                v.add("url", "is required for a " + kind + " channel");
            }
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                v.add("url", "must be an http:// or https:// URL");
            } else if (uri.getHost() == null) {
                v.add("url", "must name a host");
            } else if (uri.getUserInfo() != null) {
                v.add("url", "must not hold a user name or password");
            } else if (!settings.allows(uri.getHost())) {
                v.add(
                        "url",
                        "host " + uri.getHost() + " is not one of the allowed hosts ("
                                + String.join(", ", settings.getAllowedHosts()) + ")");
            }
        } catch (IllegalArgumentException e) {
            v.add("url", "is not a URL");
        }
        return url.trim();
    }

    private List<String> teams(Validator v, @Nullable List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> slugs = List.copyOf(new LinkedHashSet<>(given));
        if (!slugs.isEmpty()) {
            Map<String, Long> known = teams.idsOf(slugs);
            for (String slug : slugs) {
                if (!known.containsKey(slug)) {
                    v.add("teams", "no team with slug '" + slug + "'");
                }
            }
        }
        return slugs;
    }

    private static List<String> events(Validator v, @Nullable List<String> given) {
        if (given == null) {
            return NotificationType.defaults().stream()
                    .map(NotificationType::wire)
                    .toList();
        }
        List<String> allowed = NotificationType.subscribable().stream()
                .map(NotificationType::wire)
                .toList();
        for (String e : given) {
            if (!allowed.contains(e)) {
                v.add("events", "'" + e + "' is not an event; one of " + String.join(", ", allowed));
            }
        }
        return List.copyOf(new LinkedHashSet<>(given));
    }

    private static ChannelView view(ChannelStore.Row r, @Nullable String secret) {
        return new ChannelView(
                r.id(),
                r.kind(),
                r.name(),
                mask(r.kind(), r.target()),
                r.teams(),
                r.events(),
                r.enabled(),
                r.version(),
                r.createdAt(),
                r.updatedAt(),
                secret);
    }

    /** A Slack or Teams URL is a credential: only its scheme and host are shown. */
    static String mask(ChannelKind kind, String target) {
        if (kind != ChannelKind.SLACK && kind != ChannelKind.TEAMS) {
            return target;
        }
        try {
            URI uri = URI.create(target);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/…";
        } catch (IllegalArgumentException e) {
            return "…";
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "wbsig_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static RuntimeException duplicateName(RuntimeException e) {
        if (UniqueViolations.isViolationOf(e, "notification_channel_name_unique")) {
            return UniqueViolations.duplicate("name", "another channel has this name");
        }
        return e;
    }
}

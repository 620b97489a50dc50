package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Constraints;
import io.wallbreaker.common.ImportLimits;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.common.Validator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Managing connectors (ADMIN): create, edit, rotate the secret, delete; backfill, preview, re-derive. */
@Singleton
class ConnectorService {

    static final AuditedType ENTITY = AuditedType.CONNECTOR;

    private final ConnectorStore store;
    private final ConnectorSync sync;
    private final Constraints constraints;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    ConnectorService(
            ConnectorStore store,
            ConnectorSync sync,
            Constraints constraints,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.store = store;
        this.sync = sync;
        this.constraints = constraints;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.tx = tx;
    }

    ConnectorCreated create(ConnectorCreate body, String baseUrl, Actor actor) {
        Validator v = constraints.check(new Validator(), body, "");
        ConnectorKind kind = v.enumValue("kind", body.kind(), ConnectorKind.class);
        Set<String> teams = tx.executeRead(status -> store.teamSlugs());
        if (body.mapping() != null) {
            body.mapping().check(v, teams);
        }
        v.throwIfInvalid();
        String secret = Secrets.newSecret();
        String name = body.name().trim();
        boolean enabled = body.enabled() == null || body.enabled();
        try {
            long id = tx.executeWrite(status -> {
                long newId = store.insert(kind, name, enabled, writeMapping(body.mapping()), secret, clock.instant());
                audit.append(
                        actor,
                        "CREATE",
                        ENTITY,
                        newId,
                        List.of(
                                new Change("name", null, name),
                                new Change("kind", null, kind.name()),
                                new Change("mapping", null, body.mapping() == null ? "defaults" : "custom")));
                return newId;
            });
            return created(tx.executeRead(status -> store.find(id, false)).orElseThrow(), baseUrl);
        } catch (RuntimeException e) {
            if (UniqueViolations.isViolationOf(e, "connector_name_unique")) {
                throw UniqueViolations.duplicate("name", "another connector has this name");
            }
            throw e;
        }
    }

    List<ConnectorView> list(String baseUrl) {
        return tx.executeRead(
                status -> store.all().stream().map(r -> view(r, baseUrl)).toList());
    }

    ConnectorView get(long id, String baseUrl) {
        return tx.executeRead(status -> view(require(id), baseUrl));
    }

    ConnectorView update(long id, ConnectorUpdate body, String baseUrl, Actor actor) {
        Validator v = constraints.check(new Validator(), body, "");
        Set<String> teams = tx.executeRead(status -> store.teamSlugs());
        if (body.mapping() != null) {
            body.mapping().check(v, teams);
        }
        v.throwIfInvalid();
        try {
            return tx.executeWrite(status -> {
                ConnectorStore.Row before = require(id);
                String mapping = writeMapping(body.mapping());
                String name = body.name().trim();
                if (!store.update(id, body.version(), name, body.enabled(), mapping, clock.instant())) {
                    throw ApiException.staleVersion("Connector " + before.name());
                }
                List<Change> changes = new ArrayList<>();
                if (!before.name().equals(name)) {
                    changes.add(new Change("name", before.name(), name));
                }
                if (before.enabled() != body.enabled()) {
                    changes.add(new Change(
                            "enabled",
                            Boolean.toString(before.enabled()),
                            body.enabled().toString()));
                }
                if (!Objects.equals(before.mapping(), mapping)) {
                    changes.add(new Change(
                            "mapping",
                            before.mapping() == null ? "defaults" : before.mapping(),
                            mapping == null ? "defaults" : mapping));
                }
                audit.append(actor, "UPDATE", ENTITY, id, changes);
                return view(require(id), baseUrl);
            });
        } catch (RuntimeException e) {
            if (UniqueViolations.isViolationOf(e, "connector_name_unique")) {
                throw UniqueViolations.duplicate("name", "another connector has this name");
            }
            throw e;
        }
    }

    ConnectorCreated rotateSecret(long id, String baseUrl, Actor actor) {
        String secret = Secrets.newSecret();
        tx.executeWrite(status -> {
            require(id);
            store.updateSecret(id, secret, clock.instant());
            // The audit trail says that the secret changed, never what it is.
            audit.append(actor, "ROTATE_SECRET", ENTITY, id, List.of(new Change("secret", "(previous)", "(new)")));
            return null;
        });
        return created(tx.executeRead(status -> store.find(id, false)).orElseThrow(), baseUrl);
    }

    void delete(long id, Actor actor) {
        tx.executeWrite(status -> {
            ConnectorStore.Row row = require(id);
            store.delete(id);
            audit.append(actor, "DELETE", ENTITY, id, List.of(new Change("name", row.name(), null)));
            return null;
        });
    }

    PageOf<DeliveryView> deliveries(long id, @Nullable String status, @Nullable Integer page, @Nullable Integer size) {
        Validator v = new Validator();
        DeliveryStatus filter = v.optionalEnum("status", status, DeliveryStatus.class);
        Paging.Window w = Paging.window(v, page, size);
        v.throwIfInvalid();
        return tx.executeRead(st -> {
            require(id);
            return store.deliveries(id, filter, w.page(), w.size());
        });
    }

    /**
     * A backfill page (Jira search JSON, GitHub issues list with timelines): each ticket's changes
     * are stored and its request derived, one transaction per ticket, so one bad ticket does not
     * undo the others. Noted in the delivery log as one "import" entry.
     */
    SyncReport.ImportResult importPage(long id, byte[] body, Actor actor) {
        ConnectorStore.Row connector = tx.executeRead(status -> require(id));
        if (!connector.enabled()) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "Connector disabled",
                    "Connector " + connector.name() + " is disabled; enable it to import tickets.");
        }
        JsonNode root = parse(body, "body");
        List<ParsedTicket> tickets;
        try {
            tickets = connector.kind() == ConnectorKind.JIRA ? JiraFormat.search(root) : GitHubFormat.backfill(root);
        } catch (Tree.Malformed e) {
            throw ApiException.invalid("body", e.getMessage());
        }
        ImportLimits.checkRows(tickets.size(), "tickets");
        List<SyncReport.TicketResult> results = new ArrayList<>();
        for (ParsedTicket ticket : tickets) {
            results.add(importTicket(connector, ticket));
        }
        SyncReport.ImportResult report = SyncReport.ImportResult.of(results);
        tx.executeWrite(status -> {
            String summary = report.created() + " created, " + report.updated() + " updated, " + report.unchanged()
                    + " unchanged, " + report.unmapped() + " unmapped, " + report.rejected() + " rejected";
            store.insertDelivery(
                    id,
                    "import:" + UUID.randomUUID(),
                    "import",
                    null,
                    report.rejected() > 0
                            ? DeliveryStatus.REJECTED
                            : report.created() + report.updated() + report.unchanged() == 0 && report.unmapped() > 0
                                    ? DeliveryStatus.UNMAPPED
                                    : DeliveryStatus.PROCESSED,
                    tickets.size() + " tickets: " + summary,
                    clock.instant());
            audit.append(actor, "IMPORT", ENTITY, id, List.of(new Change("import", null, summary)));
            return null;
        });
        return report;
    }

    private SyncReport.TicketResult importTicket(ConnectorStore.Row connector, ParsedTicket ticket) {
        for (int attempt = 1; ; attempt++) {
            try {
                ConnectorSync.Outcome o = tx.executeWrite(
                        status -> sync.apply(connector, List.of(ticket), null).get(0));
                return new SyncReport.TicketResult(o.ticket(), o.result(), o.requestId(), o.reasons());
            } catch (RuntimeException e) {
                if (UniqueViolations.isUniqueViolation(e) && attempt < 3) {
                    continue; // a webhook for the same ticket created it at the same moment: apply again
                }
                throw e;
            }
        }
    }

    /** What {@code payload} would produce with {@code mapping} (default: the connector's); stores nothing. */
    SyncReport.Preview preview(long id, byte[] body) {
        ConnectorStore.Row connector = tx.executeRead(status -> require(id));
        JsonNode root = parse(body, "body");
        JsonNode payload = Tree.at(root, "payload");
        if (payload == null || !(payload.isObject() || payload.isArray())) {
            throw ApiException.invalid("payload", "is required: a webhook body or a backfill page (JSON)");
        }
        Set<String> teams = tx.executeRead(status -> store.teamSlugs());
        ConnectorMapping mapping = sync.mapping(connector);
        JsonNode mappingNode = Tree.at(root, "mapping");
        if (mappingNode != null) {
            ConnectorMapping custom;
            try {
                custom = json.readValueFromTree(mappingNode, ConnectorMapping.class);
            } catch (IOException | RuntimeException e) {
                throw ApiException.invalid("mapping", "is not a valid mapping: " + firstLine(e.getMessage()));
            }
            Validator v = new Validator();
            custom.check(v, teams);
            v.throwIfInvalid();
            mapping = custom.effective(connector.kind());
        }
        String event = Tree.text(root, "event");
        if (connector.kind() == ConnectorKind.GITHUB
                && event != null
                && !event.isBlank()
                && !GitHubFormat.EVENTS.contains(event)) {
            throw ApiException.invalid("event", "must be one of " + GitHubFormat.EVENTS + " (or left out)");
        }
        List<ParsedTicket> tickets;
        try {
            tickets = parsePayload(connector.kind(), payload, event);
        } catch (Tree.Malformed e) {
            throw ApiException.invalid("payload", e.getMessage());
        }
        ConnectorMapping effective = mapping;
        return tx.executeRead(status -> new SyncReport.Preview(tickets.stream()
                .map(t -> sync.preview(connector, effective, teams, t))
                .toList()));
    }

    /** A pasted payload: a backfill page, or one webhook body (GitHub's event guessed from its shape if not given). */
    private static List<ParsedTicket> parsePayload(ConnectorKind kind, JsonNode payload, @Nullable String event) {
        if (kind == ConnectorKind.JIRA) {
            if (Tree.at(payload, "issues") != null) {
                return JiraFormat.search(payload);
            }
            String webhookEvent = JiraFormat.event(payload);
            if (webhookEvent == null || !JiraFormat.EVENTS.contains(webhookEvent)) {
                throw new Tree.Malformed("neither a Jira search result ({\"issues\": […]}) nor a webhook body with a "
                        + "webhookEvent of " + JiraFormat.EVENTS);
            }
            return JiraFormat.webhook(payload, "preview");
        }
        if (payload.isArray() || Tree.at(payload, "issues") != null) {
            return GitHubFormat.backfill(payload);
        }
        String name = event != null && !event.isBlank()
                ? event
                : Tree.at(payload, "comment") != null ? "issue_comment" : "issues";
        if (!GitHubFormat.EVENTS.contains(name)) {
            throw new Tree.Malformed("event must be one of " + GitHubFormat.EVENTS);
        }
        return GitHubFormat.webhook(name, payload, "preview");
    }

    SyncReport.Rederived rederive(long id, Actor actor) {
        ConnectorStore.Row connector = tx.executeRead(status -> require(id));
        List<Long> tickets = tx.executeRead(status -> store.ticketIds(id));
        int changed = 0;
        for (long ticket : tickets) {
            changed += tx.executeWrite(status -> sync.rederive(connector, ticket));
        }
        int total = changed;
        tx.executeWrite(status -> {
            audit.append(
                    actor,
                    "REDERIVE",
                    ENTITY,
                    id,
                    List.of(new Change(
                            "rederived", null, tickets.size() + " tickets, " + total + " requests changed")));
            return null;
        });
        return new SyncReport.Rederived(tickets.size(), changed);
    }

    private ConnectorStore.Row require(long id) {
        return store.find(id, false).orElseThrow(() -> ApiException.notFound("Connector " + id));
    }

    private ConnectorView view(ConnectorStore.Row r, String baseUrl) {
        ConnectorStore.Stats s = store.stats(r.id(), clock.instant().minus(Duration.ofHours(24)));
        return new ConnectorView(
                r.id(),
                r.kind(),
                r.name(),
                r.enabled(),
                sync.mapping(r),
                r.mapping() != null,
                webhookUrl(baseUrl, r.id()),
                r.version(),
                r.createdAt(),
                r.updatedAt(),
                s.lastDeliveryAt(),
                new ConnectorView.Last24h(s.processed(), s.unmapped(), s.ignored(), s.rejected()),
                s.requests());
    }

    private ConnectorCreated created(ConnectorStore.Row r, String baseUrl) {
        String url = webhookUrl(baseUrl, r.id());
        return new ConnectorCreated(
                r.id(),
                r.kind(),
                r.name(),
                r.enabled(),
                sync.mapping(r),
                r.mapping() != null,
                url,
                url + "?token=" + Secrets.urlToken(r.secret()),
                r.secret(),
                r.version());
    }

    static String webhookUrl(String baseUrl, long id) {
        return baseUrl + "/api/connectors/" + id + "/webhook";
    }

    private @Nullable String writeMapping(@Nullable ConnectorMapping mapping) {
        if (mapping == null) {
            return null;
        }
        try {
            return json.writeValueAsString(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(byte[] body, String field) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalid(field, "is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    static ApiException tooLarge(String detail) {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Payload too large", detail);
    }
}

package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.request.RequestKind;
import io.wallbreaker.request.SyncedRequests;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores a ticket's new changes and brings its request up to date: the derivation from all of the
 * ticket's stored changes ({@link Derivation}) is written through {@link SyncedRequests}. Every
 * method runs in the caller's transaction, with the ticket row locked, so two deliveries for one
 * ticket (on two instances, say) are applied one after the other.
 */
@Singleton
class ConnectorSync {

    /** What the ticket row records of its last derivation. */
    enum TicketStatus {
        MAPPED,
        UNMAPPED,
        REJECTED
    }

    /** What became of one ticket, and why. */
    record Outcome(
            String ticket, SyncOutcome result, @Nullable Long requestId, List<String> reasons, int newChanges) {}

    private final ConnectorStore store;
    private final SyncedRequests requests;
    private final JsonMapper json;
    private final Clock clock;

    ConnectorSync(ConnectorStore store, SyncedRequests requests, JsonMapper json, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.json = json;
        this.clock = clock;
    }

    /** The connector's mapping with every default filled in. */
    ConnectorMapping mapping(ConnectorStore.Row connector) {
        ConnectorMapping custom = customMapping(connector);
        return custom == null ? ConnectorMapping.defaults(connector.kind()) : custom.effective(connector.kind());
    }

    @Nullable
    ConnectorMapping customMapping(ConnectorStore.Row connector) {
        if (connector.mapping() == null) {
            return null;
        }
        try {
            return json.readValue(connector.mapping(), ConnectorMapping.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored mapping of connector " + connector.id() + " is unreadable", e);
        }
    }

    /** Who the audit trail and the events name for a connector's writes. */
    static Actor actor(ConnectorStore.Row connector) {
        return new Actor(connector.kind().label() + " connector " + connector.name(), Actor.Kind.SYSTEM, null);
    }

    List<Outcome> apply(ConnectorStore.Row connector, List<ParsedTicket> tickets, @Nullable Long deliveryId) {
        ConnectorMapping mapping = mapping(connector);
        Set<String> teams = store.teamSlugs();
        List<Outcome> outcomes = new ArrayList<>();
        for (ParsedTicket ticket : tickets) {
            outcomes.add(apply(connector, mapping, teams, ticket, deliveryId));
        }
        return outcomes;
    }

    private Outcome apply(
            ConnectorStore.Row connector,
            ConnectorMapping mapping,
            Set<String> teams,
            ParsedTicket parsed,
            @Nullable Long deliveryId) {
        Instant now = clock.instant();
        ConnectorStore.TicketRow ticket = store.ticket(connector.id(), parsed.externalId())
                .orElseGet(() ->
                        store.lockTicket(store.insertTicket(connector.id(), parsed.externalId(), parsed.key(), now)));
        if (parsed.alias() != null) {
            store.addAlias(connector.id(), parsed.alias(), ticket.id());
        }
        Set<String> known = store.changeKeys(ticket.id());
        List<String> fresh = new ArrayList<>();
        for (TicketChange change : parsed.changes()) {
            if (known.add(change.key())) {
                store.insertChange(ticket.id(), change.key(), change.at(), deliveryId, write(change));
                fresh.add(change.key());
            }
        }
        if (fresh.isEmpty() && ticket.requestId() != null) {
            List<String> reasons = new ArrayList<>(parsed.problems());
            reasons.add("already received: nothing new for " + parsed.key());
            return new Outcome(parsed.key(), SyncOutcome.UNCHANGED, ticket.requestId(), reasons, 0);
        }
        // Webhook deliveries tell the team that gets the ball; a backfill of history does not.
        Outcome outcome = derive(connector, mapping, teams, ticket, Set.copyOf(fresh), deliveryId != null);
        List<String> reasons = new ArrayList<>(parsed.problems());
        reasons.addAll(outcome.reasons());
        return new Outcome(outcome.ticket(), outcome.result(), outcome.requestId(), reasons, fresh.size());
    }

    /** Re-derives every ticket of the connector (after a mapping change); returns how many requests changed. */
    int rederive(ConnectorStore.Row connector, long ticketId) {
        ConnectorStore.TicketRow ticket = store.lockTicket(ticketId);
        Outcome o = derive(connector, mapping(connector), store.teamSlugs(), ticket, null, false);
        return o.result().wrote() ? 1 : 0;
    }

    /**
     * Derives the ticket's request from all its stored changes and stores it. {@code focus}: the
     * changes whose notes are reported (the new ones), or null for all.
     */
    private Outcome derive(
            ConnectorStore.Row connector,
            ConnectorMapping mapping,
            Set<String> teams,
            ConnectorStore.TicketRow ticket,
            @Nullable Set<String> focus,
            boolean notify) {
        List<TicketChange> changes =
                store.changes(ticket.id()).stream().map(this::read).toList();
        Derivation.Result r = Derivation.derive(connector.kind(), mapping, changes, teams);
        String key = r.state().key != null && !r.state().key.isBlank()
                ? r.state().key
                : ticket.key() != null ? ticket.key() : ticket.externalId();
        List<String> reasons = new ArrayList<>();
        for (Derivation.Note n : r.notes()) {
            if (focus == null || focus.contains(n.changeKey())) {
                reasons.add(n.message());
            }
        }
        Instant now = clock.instant();
        if (r.opened() == null) {
            if (ticket.requestId() != null) {
                reasons.add("no longer a cross-team request by the mapping (" + r.unmapped() + "); REQ-"
                        + ticket.requestId() + " is kept as it was");
                store.updateTicket(ticket.id(), key, ticket.requestId(), TicketStatus.MAPPED, r.unmapped(), now);
                return new Outcome(key, SyncOutcome.UNCHANGED, ticket.requestId(), reasons, 0);
            }
            store.updateTicket(ticket.id(), key, null, TicketStatus.UNMAPPED, r.unmapped(), now);
            reasons.add(0, r.unmapped());
            return new Outcome(key, SyncOutcome.UNMAPPED, null, reasons, 0);
        }
        Derivation.Opened opened = r.opened();
        SyncedRequests.Ticket synced = new SyncedRequests.Ticket(
                key,
                r.state().url,
                r.state().title,
                r.state().description,
                opened.kind() == null ? RequestKind.OTHER : opened.kind(),
                opened.requester(),
                opened.responder(),
                opened.at(),
                r.events());
        try {
            SyncedRequests.Result result = requests.sync(
                    ticket.requestId(), synced, connector.kind().name(), connector.id(), actor(connector), notify);
            store.updateTicket(ticket.id(), key, result.requestId(), TicketStatus.MAPPED, null, now);
            return new Outcome(key, SyncOutcome.valueOf(result.outcome().name()), result.requestId(), reasons, 0);
        } catch (SyncedRequests.KeyTaken taken) {
            store.updateTicket(ticket.id(), key, ticket.requestId(), TicketStatus.REJECTED, taken.getMessage(), now);
            reasons.add(0, taken.getMessage());
            return new Outcome(key, SyncOutcome.REJECTED, ticket.requestId(), reasons, 0);
        }
    }

    /** What the ticket would become with {@code mapping} if {@code parsed} arrived now; nothing is stored. */
    SyncReport.PreviewRequest preview(
            ConnectorStore.Row connector, ConnectorMapping mapping, Set<String> teams, ParsedTicket parsed) {
        Map<String, TicketChange> changes = new LinkedHashMap<>();
        store.ticketWithoutLock(connector.id(), parsed.externalId())
                .ifPresent(id -> store.changes(id).stream().map(this::read).forEach(c -> changes.put(c.key(), c)));
        parsed.changes().forEach(c -> changes.putIfAbsent(c.key(), c));
        Derivation.Result r = Derivation.derive(connector.kind(), mapping, List.copyOf(changes.values()), teams);
        List<String> notes = new ArrayList<>(parsed.problems());
        r.notes().forEach(n -> notes.add(n.message()));
        String key = r.state().key != null && !r.state().key.isBlank() ? r.state().key : parsed.key();
        if (r.opened() == null) {
            return new SyncReport.PreviewRequest(
                    key,
                    r.state().title,
                    r.state().url,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    r.unmapped(),
                    notes);
        }
        var f = r.ledger().figures(clock.instant());
        return new SyncReport.PreviewRequest(
                key,
                r.state().title,
                r.state().url,
                r.opened().requester(),
                r.opened().responder(),
                r.opened().kind(),
                r.opened().at(),
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(new SyncReport.PreviewEvent(
                                        io.wallbreaker.request.EventType.OPENED,
                                        r.opened().at(),
                                        r.opened().requester(),
                                        null)),
                                r.events().stream()
                                        .map(e -> new SyncReport.PreviewEvent(e.type(), e.at(), e.team(), e.toTeam())))
                        .toList(),
                f.state(),
                f.outcome(),
                new SyncReport.PreviewFigures(
                        f.leadTimeSeconds(),
                        f.ageSeconds(),
                        f.timeToFirstResponseSeconds(),
                        f.waitingOnResponderSeconds(),
                        f.waitingOnRequesterSeconds(),
                        f.handoffs(),
                        f.bounces(),
                        f.pingPong()),
                null,
                notes);
    }

    private String write(TicketChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TicketChange read(String body) {
        try {
            return json.readValue(body, TicketChange.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored change", e);
        }
    }
}

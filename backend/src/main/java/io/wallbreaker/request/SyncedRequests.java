package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.Change;
import io.wallbreaker.notify.Notices;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes requests that follow a ticket in Jira or GitHub. The connector derives the request and
 * all its events from the ticket's stored changes; this class makes the stored request exactly
 * that: created the first time, its fields and events replaced when the derivation differs from
 * what is stored (a late or out-of-order delivery, a mapping change), untouched when it is the
 * same. Each change is audited. Runs inside the caller's transaction.
 */
@Singleton
public class SyncedRequests {

    private static final int MAX_TITLE = 300;
    /** As for a request recorded by hand ({@code RequestCreate}). */
    private static final int MAX_DESCRIPTION = 20_000;

    private static final int MAX_URL = 1000;

    /** A ticket as a request: its fields, its pair and its events after {@code OPENED}. */
    public record Ticket(
            String key,
            @Nullable String url,
            @Nullable String title,
            @Nullable String description,
            RequestKind kind,
            String requester,
            String responder,
            Instant openedAt,
            List<RequestLedger.Event> events) {}

    /** What happened to the stored request. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record Result(Outcome outcome, long requestId) {}

    /** The ticket's key is already another request's external reference (recorded by hand, or by another connector). */
    public static final class KeyTaken extends RuntimeException {
        public KeyTaken(String message) {
            super(message, null, false, false);
        }
    }

    private final RequestStore store;
    private final TeamDirectory teams;
    private final AuditLog audit;
    private final Notices notices;
    private final Clock clock;

    SyncedRequests(RequestStore store, TeamDirectory teams, AuditLog audit, Notices notices, Clock clock) {
        this.notices = notices;
        this.store = store;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes request {@code requestId} (null: a new one) what {@code ticket} says.
     *
     * @throws KeyTaken when the ticket's key belongs to another request
     */
    public Result sync(
            @Nullable Long requestId, Ticket ticket, String sourceKind, long connectorId, Actor actor, boolean notify) {
        Instant now = clock.instant();
        Long other = store.idByExternalRef(ticket.key()).orElse(null);
        if (other != null && requestId == null && store.isOrphanOf(other, sourceKind)) {
            // Synced by a connector that was deleted since: the ticket's new connector takes it over.
            requestId = other;
        }
        if (other != null && !other.equals(requestId)) {
            throw new KeyTaken(ticket.key() + " is already the reference of " + RequestSummary.key(other)
                    + "; change or clear that request's reference to sync this ticket");
        }
        Set<String> slugs = new LinkedHashSet<>(List.of(ticket.requester(), ticket.responder()));
        for (RequestLedger.Event e : ticket.events()) {
            slugs.add(e.team());
            if (e.toTeam() != null) {
                slugs.add(e.toTeam());
            }
        }
        Map<String, Long> ids = teams.requireIds("team", List.copyOf(slugs));
        String title =
                clip(ticket.title() == null || ticket.title().isBlank() ? ticket.key() : ticket.title(), MAX_TITLE);
        String description = ticket.description() == null ? null : clip(ticket.description(), MAX_DESCRIPTION);
        String url = ticket.url() == null || ticket.url().length() > MAX_URL ? null : ticket.url();
        RequestLedger ledger =
                RequestLedger.replay(ticket.requester(), ticket.responder(), ticket.openedAt(), ticket.events());
        if (requestId == null) {
            long id = store.insert(
                    title,
                    ticket.kind(),
                    description,
                    ids.get(ticket.requester()),
                    ids.get(ticket.responder()),
                    null,
                    ticket.openedAt(),
                    ticket.key(),
                    now);
            replace(id, ticket, title, description, url, ids, sourceKind, connectorId, ledger, actor, now);
            audit.append(
                    actor,
                    "CREATE",
                    RequestService.ENTITY,
                    id,
                    List.of(
                            new Change("title", null, title),
                            new Change("pair", null, ticket.requester() + " → " + ticket.responder()),
                            new Change("source", null, ticket.key()),
                            new Change("events", null, summary(ticket.events()))));
            if (notify) {
                noticeBallMove(id, title, ticket, ledger, null);
            }
            return new Result(Outcome.CREATED, id);
        }
        RequestStore.Row row = store.find(requestId, true).orElseThrow();
        List<RequestStore.StoredEvent> stored = store.events(requestId);
        List<RequestLedger.Event> storedEvents = stored.stream()
                .filter(e -> e.type() != EventType.OPENED)
                .map(RequestStore.StoredEvent::toLedgerEvent)
                .toList();
        boolean same = row.title().equals(title)
                && row.kind() == ticket.kind()
                && Objects.equals(row.description(), description)
                && row.totals().requester().equals(ticket.requester())
                && row.responder().equals(ticket.responder())
                && row.totals().openedAt().equals(ticket.openedAt())
                && ticket.key().equals(row.externalRef())
                && row.source() != null
                && Objects.equals(row.source().url(), url)
                && Objects.equals(row.source().connectorId(), connectorId)
                && storedEvents.equals(ticket.events());
        if (same) {
            return new Result(Outcome.UNCHANGED, requestId);
        }
        store.deleteEvents(requestId);
        replace(requestId, ticket, title, description, url, ids, sourceKind, connectorId, ledger, actor, now);
        List<Change> changes = new ArrayList<>();
        if (!row.title().equals(title)) {
            changes.add(new Change("title", row.title(), title));
        }
        if (!ticket.key().equals(row.externalRef())) {
            changes.add(new Change("externalRef", row.externalRef(), ticket.key()));
        }
        String pairBefore = row.totals().requester() + " → " + row.responder();
        String pairAfter = ticket.requester() + " → " + ticket.responder();
        if (!pairBefore.equals(pairAfter)) {
            changes.add(new Change("pair", pairBefore, pairAfter));
        }
        String before = summary(storedEvents);
        String after = summary(ticket.events());
        if (!before.equals(after)) {
            changes.add(new Change("events", before, after));
        }
        audit.append(actor, "SYNC", RequestService.ENTITY, requestId, changes);
        if (notify) {
            noticeBallMove(requestId, title, ticket, ledger, row.totals().holder());
        }
        return new Result(Outcome.UPDATED, requestId);
    }

    /** Tells the team that holds the ball now, if it was not holding it before this change. */
    private void noticeBallMove(
            long id, String title, Ticket ticket, RequestLedger ledger, @Nullable String holderBefore) {
        String holder = ledger.totals().holder();
        if (holder == null || holder.equals(holderBefore)) {
            return;
        }
        List<RequestLedger.Event> events = ticket.events();
        RequestLedger.Event last = events.isEmpty() ? null : events.get(events.size() - 1);
        notices.ballMoved(
                id,
                title,
                ticket.requester(),
                ledger.currentResponder(),
                holderBefore,
                holder,
                last == null ? "OPENED" : last.type().name(),
                last == null ? ticket.openedAt() : last.at());
    }

    /** Writes the request's own fields as the ticket has them, its events (it has none now) and its figures. */
    private void replace(
            long id,
            Ticket ticket,
            String title,
            @Nullable String description,
            @Nullable String url,
            Map<String, Long> ids,
            String sourceKind,
            long connectorId,
            RequestLedger ledger,
            Actor actor,
            Instant now) {
        store.updateSynced(
                id,
                title,
                ticket.kind(),
                description,
                ids.get(ticket.requester()),
                ids.get(ticket.responder()),
                ticket.openedAt(),
                ticket.key(),
                sourceKind,
                url,
                connectorId);
        writeEvents(id, ticket, ids, actor, now);
        saveDerived(id, ledger, ids, now);
    }

    private void writeEvents(long id, Ticket ticket, Map<String, Long> ids, Actor actor, Instant now) {
        store.insertEvent(
                id, 1, EventType.OPENED, ticket.openedAt(), ids.get(ticket.requester()), null, null, actor.name(), now);
        int seq = 2;
        for (RequestLedger.Event e : ticket.events()) {
            store.insertEvent(
                    id,
                    seq++,
                    e.type(),
                    e.at(),
                    ids.get(e.team()),
                    e.toTeam() == null ? null : ids.get(e.toTeam()),
                    null,
                    actor.name(),
                    now);
        }
    }

    private void saveDerived(long id, RequestLedger ledger, Map<String, Long> ids, Instant now) {
        RequestLedger.Totals t = ledger.totals();
        Long holder = t.holder() == null ? null : ids.get(t.holder());
        // The caller holds the row (new, or locked by find): no other writer can have moved its version.
        long version = store.find(id, false).orElseThrow().version();
        store.updateDerived(id, version, ledger, ids.get(t.currentResponder()), holder, now);
    }

    /** {@code NEEDS_INFO ops 2026-03-03T08:00:00Z, …}: what the audit trail shows of an event list. */
    private static String summary(List<RequestLedger.Event> events) {
        if (events.isEmpty()) {
            return "OPENED only";
        }
        String text = events.stream()
                .map(e -> e.type() + " " + e.team() + (e.toTeam() == null ? "" : "→" + e.toTeam()) + " " + e.at())
                .collect(Collectors.joining(", "));
        return clip(text, 2000);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

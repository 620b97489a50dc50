package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Problem;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Opening requests, appending events (serialised per request), reading them with their figures, importing history. */
@Singleton
public class RequestService {

    static final AuditedType ENTITY = AuditedType.REQUEST;
    /** How far ahead of the server clock an event time may be (clients' clocks drift a little). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final RequestStore store;
    private final TeamDirectory teams;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    RequestService(
            RequestStore store,
            TeamDirectory teams,
            AuditLog audit,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.store = store;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** A request checked and ready to store. */
    private record Checked(
            String title,
            RequestKind kind,
            String description,
            String requester,
            String responder,
            long requesterId,
            long responderId,
            Long incidentId,
            Instant openedAt,
            String externalRef) {}

    @Transactional
    public RequestView create(RequestCreate body, Actor actor) {
        Checked c = check(body, "");
        long id = persist(c, List.of(), List.of(), actor);
        return get(id);
    }

    @Transactional
    public RequestView appendEvent(long id, EventCreate body, Actor actor) {
        RequestStore.Row row = store.find(id, true).orElseThrow(() -> ApiException.notFound("Request " + id));
        List<RequestStore.StoredEvent> stored = store.events(id);
        RequestLedger ledger = RequestLedger.replay(
                row.requester(),
                row.responder(),
                row.openedAt(),
                stored.stream().map(RequestService::toLedgerEvent).toList());
        RequestLedger.Event event = checkEvent(body, ledger, "");
        try {
            ledger.append(event);
        } catch (RequestLedger.Refusal refusal) {
            throw refused(refusal);
        }
        Instant now = clock.instant();
        Map<String, Long> ids = teams.requireIds("team", teamsOf(List.of(event)));
        store.insertEvent(
                id,
                stored.size() + 1,
                event.type(),
                event.at(),
                ids.get(event.team()),
                event.toTeam() == null ? null : ids.get(event.toTeam()),
                blankToNull(body.note()),
                actor.name(),
                now);
        saveDerived(id, ledger, now);
        audit.append(
                actor,
                "EVENT",
                ENTITY,
                id,
                List.of(new Change(
                        "event",
                        null,
                        event.type() + " by " + event.team() + (event.toTeam() == null ? "" : " to " + event.toTeam())
                                + " at " + event.at())));
        return get(id);
    }

    @Transactional(readOnly = true)
    public RequestView get(long id) {
        RequestStore.Row row = store.find(id, false).orElseThrow(() -> ApiException.notFound("Request " + id));
        List<RequestStore.StoredEvent> stored = store.events(id);
        RequestLedger ledger = RequestLedger.replay(
                row.requester(),
                row.responder(),
                row.openedAt(),
                stored.stream().map(RequestService::toLedgerEvent).toList());
        RequestLedger.Figures f = ledger.figures(clock.instant());
        List<RequestView.EventView> events = stored.stream()
                .map(e -> new RequestView.EventView(
                        e.id(), e.seq(), e.type(), e.at(), e.team(), e.toTeam(), e.note(), e.recordedBy()))
                .toList();
        return new RequestView(
                row.id(),
                key(row.id()),
                row.title(),
                row.kind(),
                row.description(),
                row.requester(),
                row.responder(),
                f.currentResponder(),
                row.incidentId(),
                incidentKey(row.incidentId()),
                row.openedAt(),
                row.externalRef(),
                f.state(),
                f.holder(),
                f.closedAt(),
                row.version(),
                events,
                f.leadTimeSeconds(),
                f.ageSeconds(),
                f.timeToFirstResponseSeconds(),
                f.waitingOnResponderSeconds(),
                f.waitingOnRequesterSeconds(),
                f.activeSeconds(),
                f.flowEfficiency(),
                f.handoffs(),
                f.bounces(),
                f.pingPong(),
                f.outcome(),
                row.olaTarget(),
                breached(row.olaTarget(), f.leadTimeSeconds(), f.ageSeconds()),
                f.court(),
                ledger.allowed());
    }

    /** Filters of {@code GET /api/requests}; all optional. */
    public record Filter(
            @Nullable String requester,
            @Nullable String responder,
            @Nullable String kind,
            @Nullable String state,
            @Nullable String outcome,
            @Nullable Long incident,
            @Nullable Instant openedFrom,
            @Nullable Instant openedTo,
            @Nullable Boolean pingPong) {}

    @Transactional(readOnly = true)
    public PageOf<RequestSummary> list(Filter filter, Paging paging) {
        Validator v = new Validator();
        RequestKind kind = filter.kind() == null ? null : v.enumValue("kind", filter.kind(), RequestKind.class);
        RequestState state = filter.state() == null ? null : v.enumValue("state", filter.state(), RequestState.class);
        String outcome = filter.outcome() == null ? null : filter.outcome().toUpperCase(java.util.Locale.ROOT);
        if (outcome != null
                && !Set.of("FULFILLED", "DECLINED", "WITHDRAWN", "OPEN").contains(outcome)) {
            v.add("outcome", "must be one of FULFILLED, DECLINED, WITHDRAWN, OPEN");
        }
        v.throwIfInvalid();
        SqlQuery q = RequestStore.query()
                .where("rq.slug = ?", filter.requester())
                .where("rs.slug = ?", filter.responder())
                .where("r.kind = ?", kind)
                .where("r.state = ?", state)
                .where("r.outcome = ?", outcome)
                .where("r.incident_id = ?", filter.incident())
                .where("r.opened_at >= ?", filter.openedFrom())
                .where("r.opened_at < ?", filter.openedTo())
                .where("r.ping_pong = ?", filter.pingPong());
        Instant now = clock.instant();
        return store.page(q, paging).map(row -> summary(row, now));
    }

    @Transactional(readOnly = true)
    public List<OlaTarget> olaTargets() {
        return store.olaTargets();
    }

    @Transactional
    public List<OlaTarget> replaceOlaTargets(List<OlaTarget> targets, Actor actor) {
        Validator v = new Validator();
        List<long[]> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            OlaTarget t = targets.get(i);
            String at = "[" + i + "].";
            v.require(at + "requesterTeam", t.requesterTeam()).require(at + "responderTeam", t.responderTeam());
            RequestKind kind = v.enumValue(at + "kind", t.kind(), RequestKind.class);
            if (t.targetSeconds() == null || t.targetSeconds() <= 0) {
                v.add(at + "targetSeconds", "must be a positive number of seconds");
            }
            if (!seen.add(t.requesterTeam() + "|" + t.responderTeam() + "|" + kind)) {
                v.add(at + "kind", "duplicate target for this requester, responder and kind");
            }
        }
        v.throwIfInvalid();
        for (int i = 0; i < targets.size(); i++) {
            OlaTarget t = targets.get(i);
            Map<String, Long> ids = teams.requireIds("[" + i + "].team", List.of(t.requesterTeam(), t.responderTeam()));
            pairs.add(new long[] {ids.get(t.requesterTeam()), ids.get(t.responderTeam())});
        }
        List<OlaTarget> before = store.olaTargets();
        store.replaceOlaTargets(pairs, targets);
        List<OlaTarget> after = store.olaTargets();
        audit.append(
                actor,
                "UPDATE",
                AuditedType.OLA_TARGET,
                null,
                List.of(new Change("targets", before.toString(), after.toString())));
        return after;
    }

    /** Each item in its own transaction: a rejected item leaves nothing behind and never affects the others. */
    public RequestImportResult importHistory(List<RequestImportItem> items, Actor actor) {
        List<RequestImportResult.Item> results = new ArrayList<>();
        int created = 0;
        int unchanged = 0;
        int rejected = 0;
        for (int i = 0; i < items.size(); i++) {
            RequestImportItem item = items.get(i);
            int index = i;
            try {
                RequestImportResult.Item result = tx.executeWrite(status -> importOne(index, item, actor));
                results.add(result);
                if ("CREATED".equals(result.status())) {
                    created++;
                } else {
                    unchanged++;
                }
            } catch (ApiException e) {
                rejected++;
                Problem p = e.toProblem(null);
                List<Problem.FieldError> errors =
                        p.errors() != null ? p.errors() : List.of(new Problem.FieldError("request", p.detail()));
                results.add(new RequestImportResult.Item(
                        index, item == null ? null : item.externalRef(), "REJECTED", null, null, errors));
            }
        }
        return new RequestImportResult(created, unchanged, rejected, results);
    }

    private RequestImportResult.Item importOne(int index, RequestImportItem item, Actor actor) {
        if (item == null) {
            throw ApiException.invalid("request", "must be an object");
        }
        if (item.externalRef() == null || item.externalRef().isBlank()) {
            throw ApiException.invalid("externalRef", "is required for imports (it makes re-imports idempotent)");
        }
        var existing = store.idByExternalRef(item.externalRef().trim());
        if (existing.isPresent()) {
            return new RequestImportResult.Item(
                    index, item.externalRef(), "UNCHANGED", existing.get(), key(existing.get()), List.of());
        }
        Checked c = check(item.request(), "");
        RequestLedger ledger = new RequestLedger(c.requester(), c.responder(), c.openedAt());
        List<RequestLedger.Event> events = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<EventCreate> given = item.events() == null ? List.of() : item.events();
        for (int e = 0; e < given.size(); e++) {
            EventCreate body = given.get(e);
            if (body != null && "OPENED".equalsIgnoreCase(body.type())) {
                continue; // implicit on create
            }
            String prefix = "events[" + e + "].";
            if (body == null || body.at() == null) {
                throw ApiException.invalid(prefix + "at", "is required for imported events");
            }
            RequestLedger.Event event = checkEvent(body, ledger, prefix);
            try {
                ledger.append(event);
            } catch (RequestLedger.Refusal refusal) {
                throw ApiException.invalid(prefix + "type", refusal.getMessage());
            }
            events.add(event);
            notes.add(blankToNull(body.note()));
        }
        long id = persist(c, events, notes, actor);
        return new RequestImportResult.Item(index, item.externalRef(), "CREATED", id, key(id), List.of());
    }

    /** Stores a checked request with OPENED and the given (already validated) events, and its figures. */
    private long persist(Checked c, List<RequestLedger.Event> events, List<String> notes, Actor actor) {
        Instant now = clock.instant();
        long id = store.insert(
                c.title(),
                c.kind(),
                c.description(),
                c.requesterId(),
                c.responderId(),
                c.incidentId(),
                c.openedAt(),
                c.externalRef(),
                now);
        store.insertEvent(id, 1, EventType.OPENED, c.openedAt(), c.requesterId(), null, null, actor.name(), now);
        RequestLedger ledger = new RequestLedger(c.requester(), c.responder(), c.openedAt());
        Map<String, Long> ids = events.isEmpty() ? Map.of() : teams.requireIds("events.team", teamsOf(events));
        for (int i = 0; i < events.size(); i++) {
            RequestLedger.Event e = events.get(i);
            ledger.append(e);
            store.insertEvent(
                    id,
                    i + 2,
                    e.type(),
                    e.at(),
                    ids.get(e.team()),
                    e.toTeam() == null ? null : ids.get(e.toTeam()),
                    notes.get(i),
                    actor.name(),
                    now);
        }
        if (!events.isEmpty()) {
            saveDerived(id, ledger, now);
        }
        audit.append(
                actor,
                "CREATE",
                ENTITY,
                id,
                List.of(
                        new Change("title", null, c.title()),
                        new Change("pair", null, c.requester() + " → " + c.responder()),
                        new Change("kind", null, c.kind().name())));
        return id;
    }

    private void saveDerived(long id, RequestLedger ledger, Instant now) {
        RequestLedger.Figures f = ledger.figures(ledger.lastEventAt());
        Map<String, Long> ids = teams.requireIds(
                "team", f.holder() == null ? List.of(f.currentResponder()) : List.of(f.currentResponder(), f.holder()));
        store.updateDerived(
                id,
                f,
                ids.get(f.currentResponder()),
                f.holder() == null ? null : ids.get(f.holder()),
                ledger.lastEventAt(),
                now);
    }

    private Checked check(RequestCreate body, String prefix) {
        Validator v = new Validator();
        v.require(prefix + "title", body.title()).maxLength(prefix + "title", body.title(), 300);
        RequestKind kind = v.enumValue(prefix + "kind", body.kind(), RequestKind.class);
        v.require(prefix + "requesterTeam", body.requesterTeam())
                .require(prefix + "responderTeam", body.responderTeam());
        if (body.requesterTeam() != null && body.requesterTeam().equals(body.responderTeam())) {
            v.add(prefix + "responderTeam", "must differ from requesterTeam");
        }
        Instant now = clock.instant();
        Instant openedAt = body.openedAt() == null ? now : body.openedAt();
        if (openedAt.isAfter(now.plus(CLOCK_SKEW))) {
            v.add(prefix + "openedAt", "must not be in the future");
        }
        v.maxLength(prefix + "externalRef", body.externalRef(), 200);
        if (body.incidentId() != null && !store.incidentExists(body.incidentId())) {
            v.add(prefix + "incidentId", "no incident with id " + body.incidentId());
        }
        v.throwIfInvalid();
        Map<String, Long> ids = teams.requireIds(prefix + "team", List.of(body.requesterTeam(), body.responderTeam()));
        return new Checked(
                body.title().trim(),
                kind,
                blankToNull(body.description()),
                body.requesterTeam(),
                body.responderTeam(),
                ids.get(body.requesterTeam()),
                ids.get(body.responderTeam()),
                body.incidentId(),
                openedAt,
                blankToNull(
                        body.externalRef() == null ? null : body.externalRef().trim()));
    }

    private RequestLedger.Event checkEvent(EventCreate body, RequestLedger ledger, String prefix) {
        Validator v = new Validator();
        EventType type = v.enumValue(prefix + "type", body.type(), EventType.class);
        v.require(prefix + "team", body.team());
        Instant now = clock.instant();
        Instant at = body.at() == null ? now : body.at();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            v.add(prefix + "at", "must not be in the future");
        } else if (at.isBefore(ledger.lastEventAt())) {
            v.add(prefix + "at", "must not be before the previous event (" + ledger.lastEventAt() + ")");
        }
        if (type == EventType.REASSIGNED) {
            v.require(prefix + "toTeam", body.toTeam());
            if (body.toTeam() != null && body.toTeam().equals(ledger.requester())) {
                v.add(prefix + "toTeam", "must not be the requester team");
            } else if (body.toTeam() != null && body.toTeam().equals(ledger.currentResponder())) {
                v.add(prefix + "toTeam", "is already the responder");
            }
        } else if (body.toTeam() != null && !body.toTeam().isBlank()) {
            v.add(prefix + "toTeam", "only REASSIGNED names a toTeam");
        }
        v.maxLength(prefix + "note", body.note(), 10_000);
        v.throwIfInvalid();
        Set<String> named = new LinkedHashSet<>();
        named.add(body.team());
        if (body.toTeam() != null) {
            named.add(body.toTeam());
        }
        teams.requireIds(prefix + "team", List.copyOf(named));
        return new RequestLedger.Event(type, at, body.team(), type == EventType.REASSIGNED ? body.toTeam() : null);
    }

    private static ApiException refused(RequestLedger.Refusal refusal) {
        List<Map<String, String>> allowed = refusal.allowed().stream()
                .map(a -> Map.of("type", a.type().name(), "team", a.team()))
                .toList();
        String allowedText = refusal.allowed().stream()
                .map(a -> a.type() + " by " + a.team())
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
        return new ApiException(
                HttpStatus.CONFLICT,
                "Event not allowed",
                refusal.getMessage() + " Allowed now: " + allowedText + ".",
                List.of(),
                Map.of("allowed", allowed));
    }

    private RequestSummary summary(RequestStore.Row row, Instant now) {
        boolean closed = row.state().isClosed();
        long running = closed
                ? 0
                : Math.max(0, Duration.between(row.lastEventAt(), now).getSeconds());
        boolean holderIsRequester = row.requester().equals(row.holder());
        long onResponder = row.waitingResponder() + (closed || holderIsRequester ? 0 : running);
        long onRequester = row.waitingRequester() + (!closed && holderIsRequester ? running : 0);
        long active = row.active() + (row.state() == RequestState.IN_PROGRESS ? running : 0);
        Long age = closed
                ? null
                : Math.max(0, Duration.between(row.openedAt(), now).getSeconds());
        long span = closed ? row.leadTime() : age;
        Double efficiency = span == 0 ? null : (double) active / span;
        return new RequestSummary(
                row.id(),
                key(row.id()),
                row.title(),
                row.kind(),
                row.requester(),
                row.responder(),
                row.currentResponder(),
                row.incidentId(),
                incidentKey(row.incidentId()),
                row.openedAt(),
                row.externalRef(),
                row.state(),
                row.holder(),
                row.closedAt(),
                row.leadTime(),
                age,
                row.firstResponse(),
                onResponder,
                onRequester,
                active,
                efficiency,
                row.handoffs(),
                row.bounces(),
                row.pingPong(),
                row.outcome(),
                row.olaTarget(),
                breached(row.olaTarget(), row.leadTime(), age),
                row.version());
    }

    private static Boolean breached(Long target, Long leadTime, Long age) {
        if (target == null) {
            return null;
        }
        return leadTime != null ? leadTime > target : age != null && age > target;
    }

    private static RequestLedger.Event toLedgerEvent(RequestStore.StoredEvent e) {
        return new RequestLedger.Event(e.type(), e.at(), e.team(), e.toTeam());
    }

    private static List<String> teamsOf(List<RequestLedger.Event> events) {
        Set<String> slugs = new LinkedHashSet<>();
        for (RequestLedger.Event e : events) {
            slugs.add(e.team());
            if (e.toTeam() != null) {
                slugs.add(e.toTeam());
            }
        }
        return List.copyOf(slugs);
    }

    static String key(long id) {
        return "REQ-" + id;
    }

    static String incidentKey(Long incidentId) {
        return incidentId == null ? null : "INC-" + incidentId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

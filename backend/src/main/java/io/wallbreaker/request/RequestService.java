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
import io.wallbreaker.common.Constraints;
import io.wallbreaker.common.Fields;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.common.Validator;
import io.wallbreaker.common.markdown.MarkdownRenderer;
import io.wallbreaker.incident.IncidentDirectory;
import io.wallbreaker.notify.Notices;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opening requests, appending events and reading them. Every rule about an event is
 * {@link RequestLedger}'s; this class parses bodies, holds transactions and serialises appends to
 * one request (a row lock, plus a version check and retry for the rare race a lock alone missed).
 */
@Singleton
public class RequestService {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    static final AuditedType ENTITY = AuditedType.REQUEST;
    private static final int APPEND_ATTEMPTS = 5;

    private final RequestStore store;
    private final TeamDirectory teams;
    private final IncidentDirectory incidents;
    private final Constraints constraints;
    private final AuditLog audit;
    private final Notices notices;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    RequestService(
            RequestStore store,
            TeamDirectory teams,
            IncidentDirectory incidents,
            Constraints constraints,
            AuditLog audit,
            Notices notices,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.notices = notices;
        this.store = store;
        this.teams = teams;
        this.incidents = incidents;
        this.constraints = constraints;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** A request body checked and ready to store. */
    record Checked(
            String title,
            RequestKind kind,
            @Nullable String description,
            String requester,
            String responder,
            long requesterId,
            long responderId,
            @Nullable Long incidentId,
            Instant openedAt,
            @Nullable String externalRef) {}

    /** Another append to the same request won a race that the row lock did not serialise; retried. */
    private static final class ConcurrentAppend extends RuntimeException {
        ConcurrentAppend() {
            super(null, null, false, false);
        }
    }

    @Transactional
    public RequestView create(RequestCreate body, Actor actor) {
        Checked c = check(body, "");
        if (c.externalRef() != null && store.idByExternalRef(c.externalRef()).isPresent()) {
            throw UniqueViolations.duplicate("externalRef", "is already recorded as another request's reference");
        }
        long id = persist(c, List.of(), List.of(), actor);
        notices.ballMoved(id, c.title(), c.requester(), c.responder(), null, c.responder(), "OPENED", c.openedAt());
        return get(id);
    }

    /** Appends one event; the answer is the stored event and the request's figures after it. */
    public RequestView.EventAppended appendEvent(long id, EventCreate body, Actor actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.executeWrite(status -> appendOnce(id, body, actor));
            } catch (RuntimeException e) {
                boolean race =
                        e instanceof ConcurrentAppend || UniqueViolations.isViolationOf(e, "request_event_seq_unique");
                if (!race) {
                    throw e;
                }
                if (attempt == APPEND_ATTEMPTS) {
                    throw new ApiException(
                            HttpStatus.CONFLICT,
                            "Busy request",
                            "Other events were being recorded for this request at the same moment; "
                                    + "reload it and record the event again.");
                }
            }
        }
    }

    private RequestView.EventAppended appendOnce(long id, EventCreate body, Actor actor) {
        RequestStore.Row row = store.find(id, true).orElseThrow(() -> ApiException.notFound(RequestSummary.key(id)));
        if (row.source() != null && row.source().connectorId() != null) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "Synced request",
                    RequestSummary.key(id) + " follows " + row.externalRef() + " in " + sourceName(row.source())
                            + ": change the ticket there; its events here are derived from the ticket's changes.");
        }
        List<RequestStore.StoredEvent> stored = store.events(id);
        RequestLedger ledger = replay(row, stored);
        Instant now = clock.instant();
        RequestLedger.Event event = parseEvent(body, "", now);
        append(ledger, event, "");
        Map<String, Long> ids = teams.requireIds("team", teamsOf(List.of(event)));
        String note = blankToNull(body.note());
        long eventId = store.insertEvent(
                id,
                stored.size() + 1,
                event.type(),
                event.at(),
                ids.get(event.team()),
                event.toTeam() == null ? null : ids.get(event.toTeam()),
                note,
                actor.name(),
                now);
        if (!saveDerived(id, row.version(), ledger, now)) {
            throw new ConcurrentAppend();
        }
        String before = row.totals().holder();
        String after = ledger.totals().holder();
        if (after != null && !after.equals(before)) {
            notices.ballMoved(
                    id,
                    row.title(),
                    ledger.requester(),
                    ledger.currentResponder(),
                    before,
                    after,
                    event.type().name(),
                    event.at());
        }
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
        RequestView.EventView view = new RequestView.EventView(
                eventId, stored.size() + 1, event.type(), event.at(), event.team(), event.toTeam(), note, actor.name());
        return new RequestView.EventAppended(view, RequestSummary.of(row, ledger.figures(now), row.version() + 1));
    }

    @Transactional(readOnly = true)
    public RequestView get(long id) {
        RequestStore.Row row = store.find(id, false).orElseThrow(() -> ApiException.notFound(RequestSummary.key(id)));
        List<RequestStore.StoredEvent> stored = store.events(id);
        RequestLedger ledger = replay(row, stored);
        RequestLedger.Figures f = ledger.figures(clock.instant());
        List<RequestView.EventView> events = stored.stream()
                .map(e -> new RequestView.EventView(
                        e.id(), e.seq(), e.type(), e.at(), e.team(), e.toTeam(), e.note(), e.recordedBy()))
                .toList();
        // A synced request follows its ticket: nothing may be recorded here by hand.
        boolean synced = row.source() != null && row.source().connectorId() != null;
        return new RequestView(
                RequestSummary.of(row, f, row.version()),
                row.description(),
                row.description() == null ? null : MARKDOWN.render(row.description()),
                events,
                f.court(),
                synced ? List.of() : ledger.allowed());
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
            @Nullable Boolean pingPong,
            @Nullable String externalRef,
            @Nullable Boolean open) {}

    /** How {@code GET /api/requests} may be sorted. */
    public static Sorting.Fields sortFields() {
        return RequestStore.SORT;
    }

    /** Every figure of a listed request comes from its stored totals, extended to now by the ledger. */
    @Transactional(readOnly = true)
    public PageOf<RequestSummary> list(Filter filter, Paging paging) {
        Validator v = new Validator();
        RequestKind kind = v.optionalEnum("kind", filter.kind(), RequestKind.class);
        RequestState state = v.optionalEnum("state", filter.state(), RequestState.class);
        Outcome outcome = v.optionalEnum("outcome", filter.outcome(), Outcome.class);
        v.throwIfInvalid();
        SqlQuery q = RequestStore.query()
                .where("r.requester_team_id = " + RequestStore.teamIdOf(), filter.requester())
                .where("r.responder_team_id = " + RequestStore.teamIdOf(), filter.responder())
                .where("r.kind = ?", kind)
                .where("r.state = ?", state)
                .where("r.outcome = ?", outcome)
                .where("r.incident_id = ?", filter.incident())
                .where("r.opened_at >= ?", filter.openedFrom())
                .where("r.opened_at < ?", filter.openedTo())
                .where("r.ping_pong = ?", filter.pingPong())
                .where("r.external_ref = ?", filter.externalRef())
                .where(
                        filter.open() == null
                                ? null
                                : (filter.open() ? "r.state IN (?, ?, ?)" : "r.state NOT IN (?, ?, ?)"),
                        Arrays.stream(RequestState.values())
                                .filter(st -> !st.isClosed())
                                .map(Enum::name)
                                .toArray());
        Instant now = clock.instant();
        return store.page(q, paging)
                .map(row -> RequestSummary.of(row, row.totals().figuresAt(now, List.of()), row.version()));
    }

    /** Stores a checked request with OPENED and the given (already validated) events, and its figures. */
    long persist(Checked c, List<RequestLedger.Event> events, List<String> notes, Actor actor) {
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
            saveDerived(id, 0, ledger, now);
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

    private boolean saveDerived(long id, long readVersion, RequestLedger ledger, Instant now) {
        RequestLedger.Totals t = ledger.totals();
        Map<String, Long> ids = teams.requireIds(
                "team", t.holder() == null ? List.of(t.currentResponder()) : List.of(t.currentResponder(), t.holder()));
        return store.updateDerived(
                id,
                readVersion,
                ledger,
                ids.get(t.currentResponder()),
                t.holder() == null ? null : ids.get(t.holder()),
                now);
    }

    /** Checks a create body (or an import item's) and resolves its teams and incident; 400 listing every problem. */
    Checked check(RequestCreate body, String prefix) {
        Validator v = constraints.check(new Validator(), body, prefix);
        RequestKind kind = v.enumValue(prefix + "kind", body.kind(), RequestKind.class);
        v.require(prefix + "requesterTeam", body.requesterTeam())
                .require(prefix + "responderTeam", body.responderTeam());
        if (body.requesterTeam() != null && body.requesterTeam().equals(body.responderTeam())) {
            v.add(prefix + "responderTeam", "must differ from requesterTeam");
        }
        Instant now = clock.instant();
        Instant openedAt = body.openedAt() == null ? now.truncatedTo(ChronoUnit.MILLIS) : body.openedAt();
        if (Fields.isInFuture(openedAt, now)) {
            v.add(prefix + "openedAt", Fields.FUTURE_RULE);
        }
        if (body.incidentId() != null && !incidents.exists(body.incidentId())) {
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
                body.externalRef() == null
                        ? null
                        : blankToNull(body.externalRef().trim()));
    }

    /** Parses one event body: its fields only; whether it may happen now is the ledger's to say. */
    RequestLedger.Event parseEvent(EventCreate body, String prefix, Instant now) {
        Validator v = constraints.check(new Validator(), body, prefix);
        EventType type = v.enumValue(prefix + "type", body.type(), EventType.class);
        v.require(prefix + "team", body.team());
        Instant at = body.at() == null ? now.truncatedTo(ChronoUnit.MILLIS) : body.at();
        if (Fields.isInFuture(at, now)) {
            v.add(prefix + "at", Fields.FUTURE_RULE);
        }
        v.throwIfInvalid();
        String toTeam = blankToNull(body.toTeam());
        Set<String> named = new LinkedHashSet<>();
        named.add(body.team());
        if (toTeam != null) {
            named.add(toTeam);
        }
        teams.requireIds(prefix + "team", List.copyOf(named));
        return new RequestLedger.Event(type, at, body.team(), toTeam);
    }

    /** Appends to the ledger, turning its verdicts into problems: 400 for a malformed event, 409 for a refused one. */
    static void append(RequestLedger ledger, RequestLedger.Event event, String prefix) {
        try {
            ledger.append(event);
        } catch (RequestLedger.InvalidEvent invalid) {
            throw ApiException.invalid(prefix + invalid.field(), invalid.getMessage());
        } catch (RequestLedger.Refusal refusal) {
            throw refused(refusal);
        }
    }

    static RequestLedger replay(RequestStore.Row row, List<RequestStore.StoredEvent> stored) {
        return RequestLedger.replay(
                row.totals().requester(),
                row.responder(),
                row.totals().openedAt(),
                stored.stream().map(RequestStore.StoredEvent::toLedgerEvent).toList());
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

    private static String sourceName(RequestSource source) {
        String system = "GITHUB".equals(source.kind()) ? "GitHub" : "Jira";
        return source.connectorName() == null ? system : system + " (connector " + source.connectorName() + ")";
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

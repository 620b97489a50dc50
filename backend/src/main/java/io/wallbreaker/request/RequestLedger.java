package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.wallbreaker.common.Durations;
import io.wallbreaker.common.Readable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a cross-team request in one plain class: the state machine (who may do what, when)
 * and every derived figure of docs/METRICS.md, computed from the request and its ordered events.
 * No database, no framework — the service, the list, the import, the metrics data and the tests
 * all use this one class, and every check of a new event lives here ({@link #append}).
 *
 * <p>Durations are summed exactly (milliseconds) and rounded once, at the end ({@link Durations}).
 * What the request row stores is {@link Totals}: the exact running sums as of the last event, from
 * which {@link Totals#figuresAt} derives the figures at any later instant without the events.
 *
 * <p>Teams are identified by their slugs. Interpretation notes (where the definitions leave room):
 * <ul>
 *   <li>While a request is closed the ball is with the requester (that time is "waiting on the
 *       requester"); closing itself is not a hand-off, the later {@code REOPENED} is one
 *       (requester → responder).</li>
 *   <li>A bounce is a hand-off that reverses the previous hand-off (A→B followed by B→A).</li>
 *   <li>The first response is the first event by the responder side other than {@code OPENED}.</li>
 * </ul>
 */
public final class RequestLedger {

    /** One recorded event: what {@code team} did at {@code at}; {@code toTeam} only for REASSIGNED. */
    public record Event(EventType type, Instant at, String team, String toTeam) {
        public Event {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(team, "team");
        }
    }

    /** A span of time during which one team had the ball; {@code to} is null while it still runs. */
    @Serdeable
    public record CourtSegment(Instant from, @Nullable Instant to, String holder) {}

    /** An event type one team may record now. */
    @Serdeable
    public record Allowed(EventType type, String team) {}

    /** Everything derived; durations in seconds, {@code null} where not defined. */
    public record Figures(
            RequestState state,
            String holder,
            String currentResponder,
            Instant closedAt,
            Long leadTimeSeconds,
            Long ageSeconds,
            Long timeToFirstResponseSeconds,
            long waitingOnResponderSeconds,
            long waitingOnRequesterSeconds,
            long activeSeconds,
            Double flowEfficiency,
            int handoffs,
            int bounces,
            boolean pingPong,
            Outcome outcome,
            List<CourtSegment> court,
            boolean reopened) {}

    /**
     * The state and exact running sums as of the last event: what the request row stores, so a list
     * of requests needs no events to show current figures. {@code holder} is null while closed.
     */
    public record Totals(
            RequestState state,
            String requester,
            @Nullable String holder,
            String currentResponder,
            Instant openedAt,
            Instant lastEventAt,
            @Nullable Instant closedAt,
            @Nullable Duration firstResponse,
            Duration onResponder,
            Duration onRequester,
            Duration active,
            int handoffs,
            int bounces,
            boolean reopened) {

        /**
         * Every figure as of {@code now}: a closed request's are final; an open request's running
         * spans (the holder's court time, time in progress, its age) extend to {@code now}, or to the
         * last event when that lies ahead of {@code now} (an event within the allowed clock skew).
         */
        public Figures figuresAt(Instant now, List<CourtSegment> court) {
            boolean closed = state.isClosed();
            Instant end = closed ? closedAt : (now.isBefore(lastEventAt) ? lastEventAt : now);
            Duration running = closed ? Duration.ZERO : Duration.between(lastEventAt, end);
            boolean requesterHolds = !closed && requester.equals(holder);
            Duration responderSpan = onResponder.plus(closed || requesterHolds ? Duration.ZERO : running);
            Duration requesterSpan = onRequester.plus(requesterHolds ? running : Duration.ZERO);
            Duration activeSpan = active.plus(state == RequestState.IN_PROGRESS ? running : Duration.ZERO);
            Duration span = Duration.between(openedAt, end);
            long[] split = Durations.split(responderSpan, requesterSpan);
            long total = Durations.seconds(span);
            // The court spans add up to the request's span exactly; rounding them together keeps that.
            long activeSeconds = Math.min(Durations.seconds(activeSpan), split[0]);
            return new Figures(
                    state,
                    closed ? null : holder,
                    currentResponder,
                    closedAt,
                    closed ? total : null,
                    closed ? null : total,
                    firstResponse == null ? null : Durations.seconds(firstResponse),
                    split[0],
                    split[1],
                    activeSeconds,
                    Durations.ratio(activeSpan, span),
                    handoffs,
                    bounces,
                    bounces >= 1,
                    closed ? Outcome.valueOf(state.name()) : Outcome.OPEN,
                    court,
                    reopened);
        }
    }

    /** A new event that is malformed for this request (400): names the field and says why. */
    public static final class InvalidEvent extends RuntimeException {
        private final String field;

        InvalidEvent(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        /** The event's field at fault: {@code at}, {@code toTeam} or {@code team}. */
        public String field() {
            return field;
        }
    }

    /** Why an event cannot be recorded; carries what would be allowed instead. */
    public static final class Refusal extends RuntimeException {
        private final List<Allowed> allowed;

        Refusal(String message, List<Allowed> allowed) {
            super(message, null, false, false);
            this.allowed = List.copyOf(allowed);
        }

        public List<Allowed> allowed() {
            return allowed;
        }
    }

    private static final Set<RequestState> ACTIVE =
            EnumSet.of(RequestState.OPEN, RequestState.IN_PROGRESS, RequestState.WAITING_ON_REQUESTER);

    private final String requester;
    private final Instant openedAt;
    private final List<Event> events = new ArrayList<>();

    // Replayed state.
    private RequestState state = RequestState.OPEN;
    private String responder;
    private String holder;
    private Instant holderSince;
    private Instant closedAt;
    private Instant firstResponseAt;
    private Duration waitingOnResponder = Duration.ZERO;
    private Duration waitingOnRequester = Duration.ZERO;
    private Duration active = Duration.ZERO;
    private Instant inProgressSince;
    private int handoffs;
    private int bounces;
    private boolean reopened;
    private String lastHandoffFrom;
    private String lastHandoffTo;
    private final List<CourtSegment> court = new ArrayList<>();

    public RequestLedger(String requester, String responder, Instant openedAt) {
        if (Objects.equals(requester, responder)) {
            throw new IllegalArgumentException("requester and responder must differ");
        }
        this.requester = Objects.requireNonNull(requester);
        this.responder = Objects.requireNonNull(responder);
        this.openedAt = Objects.requireNonNull(openedAt);
        this.holder = responder;
        this.holderSince = openedAt;
    }

    /** Replays already-recorded events (without re-checking history that was valid when written). */
    public static RequestLedger replay(String requester, String responder, Instant openedAt, List<Event> events) {
        RequestLedger ledger = new RequestLedger(requester, responder, openedAt);
        for (Event e : events) {
            if (e.type() != EventType.OPENED) {
                ledger.apply(e);
            }
        }
        return ledger;
    }

    public RequestState state() {
        return state;
    }

    public String requester() {
        return requester;
    }

    public String currentResponder() {
        return responder;
    }

    public Instant lastEventAt() {
        return events.isEmpty() ? openedAt : events.get(events.size() - 1).at();
    }

    /** The events each side may record in the current state. */
    public List<Allowed> allowed() {
        List<Allowed> result = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String team : List.of(responder, requester)) {
                if (type != EventType.OPENED && reason(type, team) == null) {
                    result.add(new Allowed(type, team));
                }
            }
        }
        return result;
    }

    /**
     * Checks and applies one new event: the one place every rule about a new event lives. Throws
     * {@link InvalidEvent} for a malformed event (a time before the previous event, a REASSIGNED
     * without a valid target) and {@link Refusal} when the type is not allowed in the current state
     * or for that team.
     */
    public void append(Event event) {
        if (event.at().isBefore(lastEventAt())) {
            throw new InvalidEvent(
                    "at", "must not be before the previous event (" + Readable.instant(lastEventAt()) + ")");
        }
        if (event.type() == EventType.REASSIGNED) {
            if (event.toTeam() == null || event.toTeam().isBlank()) {
                throw new InvalidEvent("toTeam", "is required for REASSIGNED");
            }
            if (event.toTeam().equals(requester)) {
                throw new InvalidEvent("toTeam", "must not be the requester team");
            }
            if (event.toTeam().equals(responder)) {
                throw new InvalidEvent("toTeam", "is already the responder");
            }
        } else if (event.toTeam() != null) {
            throw new InvalidEvent("toTeam", "only REASSIGNED names a toTeam");
        }
        if (event.type() == EventType.OPENED) {
            throw new Refusal("OPENED is recorded when the request is created.", allowed());
        }
        String why = reason(event.type(), event.team());
        if (why != null) {
            throw new Refusal(why, allowed());
        }
        apply(event);
    }

    /** Why {@code team} may not record {@code type} now, or null if it may. */
    private String reason(EventType type, String team) {
        boolean isResponder = team.equals(responder);
        boolean isRequester = team.equals(requester);
        if (!isResponder && !isRequester) {
            return "Team '" + team + "' is neither the requester (" + requester + ") nor the current responder ("
                    + responder + ").";
        }
        Set<RequestState> states;
        boolean responderOnly;
        switch (type) {
            case ACKNOWLEDGED, STARTED -> {
                states = EnumSet.of(RequestState.OPEN);
                responderOnly = true;
            }
            case NEEDS_INFO, REASSIGNED -> {
                states = EnumSet.of(RequestState.OPEN, RequestState.IN_PROGRESS);
                responderOnly = true;
            }
            case INFO_PROVIDED -> {
                states = EnumSet.of(RequestState.WAITING_ON_REQUESTER);
                responderOnly = false;
            }
            case FULFILLED, DECLINED -> {
                states = ACTIVE;
                responderOnly = true;
            }
            case WITHDRAWN -> {
                states = ACTIVE;
                responderOnly = false;
            }
            case REOPENED -> {
                states = EnumSet.of(RequestState.FULFILLED, RequestState.DECLINED, RequestState.WITHDRAWN);
                responderOnly = false;
            }
            case COMMENTED -> {
                return null;
            }
            default -> {
                return type + " cannot be recorded after creation.";
            }
        }
        boolean requesterOnly =
                type == EventType.INFO_PROVIDED || type == EventType.WITHDRAWN || type == EventType.REOPENED;
        if (responderOnly && !isResponder) {
            return type + " is recorded by the responder (" + responder + "), not by " + team + ".";
        }
        if (requesterOnly && !isRequester) {
            return type + " is recorded by the requester (" + requester + "), not by " + team + ".";
        }
        if (!states.contains(state)) {
            return type + " is not allowed while the request is " + state + ".";
        }
        return null;
    }

    private void apply(Event e) {
        events.add(e);
        if (firstResponseAt == null && e.team().equals(responder) && !e.team().equals(requester)) {
            firstResponseAt = e.at();
        }
        switch (e.type()) {
            case ACKNOWLEDGED, COMMENTED -> {
                // state and holder unchanged
            }
            case NEEDS_INFO -> {
                leaveInProgress(e.at());
                state = RequestState.WAITING_ON_REQUESTER;
                handTo(requester, e.at(), true);
            }
            case INFO_PROVIDED -> {
                state = RequestState.OPEN;
                handTo(responder, e.at(), true);
            }
            case STARTED -> {
                state = RequestState.IN_PROGRESS;
                inProgressSince = e.at();
            }
            case REASSIGNED -> {
                leaveInProgress(e.at());
                state = RequestState.OPEN;
                responder = e.toTeam();
                handTo(responder, e.at(), true);
            }
            case FULFILLED, DECLINED, WITHDRAWN -> {
                leaveInProgress(e.at());
                state = RequestState.valueOf(e.type().name());
                closedAt = e.at();
                // The ball is back with the requester while closed, but closing is not a hand-off.
                handTo(requester, e.at(), false);
            }
            case REOPENED -> {
                reopened = true;
                state = RequestState.OPEN;
                closedAt = null;
                handTo(responder, e.at(), true);
            }
            default -> throw new IllegalStateException("unexpected " + e.type());
        }
    }

    private void leaveInProgress(Instant at) {
        if (state == RequestState.IN_PROGRESS && inProgressSince != null) {
            active = active.plus(Duration.between(inProgressSince, at));
            inProgressSince = null;
        }
    }

    private void handTo(String next, Instant at, boolean countsAsHandoff) {
        String previous = holder;
        closeSegment(at);
        holder = next;
        holderSince = at;
        if (countsAsHandoff && !next.equals(previous)) {
            handoffs++;
            if (previous.equals(lastHandoffTo) && next.equals(lastHandoffFrom)) {
                bounces++;
            }
            lastHandoffFrom = previous;
            lastHandoffTo = next;
        }
    }

    private void closeSegment(Instant at) {
        Duration span = Duration.between(holderSince, at);
        if (holder.equals(requester)) {
            waitingOnRequester = waitingOnRequester.plus(span);
        } else {
            waitingOnResponder = waitingOnResponder.plus(span);
        }
        court.add(new CourtSegment(holderSince, at, holder));
    }

    /** The state and exact sums as of the last event (what the request row stores). */
    public Totals totals() {
        Instant last = lastEventAt();
        boolean closed = state.isClosed();
        Duration onResponder = waitingOnResponder;
        Duration onRequester = waitingOnRequester;
        Duration activeSpan = active;
        if (!closed) {
            // The running spans up to the last event; figuresAt adds what follows.
            Duration running = Duration.between(holderSince, last);
            if (holder.equals(requester)) {
                onRequester = onRequester.plus(running);
            } else {
                onResponder = onResponder.plus(running);
            }
            if (state == RequestState.IN_PROGRESS && inProgressSince != null) {
                activeSpan = activeSpan.plus(Duration.between(inProgressSince, last));
            }
        }
        return new Totals(
                state,
                requester,
                closed ? null : holder,
                responder,
                openedAt,
                last,
                closedAt,
                firstResponseAt == null ? null : Duration.between(openedAt, firstResponseAt),
                onResponder,
                onRequester,
                activeSpan,
                handoffs,
                bounces,
                reopened);
    }

    /** All figures as of {@code now}; time-dependent ones of an open request run up to {@code now}. */
    public Figures figures(Instant now) {
        List<CourtSegment> segments = new ArrayList<>(court);
        if (!state.isClosed()) {
            segments.add(new CourtSegment(holderSince, null, holder));
        }
        return totals().figuresAt(now, List.copyOf(segments));
    }
}

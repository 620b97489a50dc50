package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.connector.ConnectorMapping.Phase;
import io.wallbreaker.connector.ConnectorMapping.TeamSource;
import io.wallbreaker.request.EventType;
import io.wallbreaker.request.RequestKind;
import io.wallbreaker.request.RequestLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives a synced request and its events from a ticket's stored changes: the one place the
 * mapping is applied. The changes are folded in time order into the ticket's state; after each,
 * what the mapping makes of the state (which teams, which phase) is compared with what it made of
 * the state before, and the difference becomes events ({@code Waiting for customer} after {@code
 * Waiting for support} is a {@code NEEDS_INFO}). Every event goes through {@link RequestLedger}, so
 * the request follows the state machine; a change the machine refuses is kept as a note, never lost.
 *
 * <p>Pure: no database, the same answer for the same changes in any arrival order.
 */
final class Derivation {

    /** What the ticket becomes: the request (null when the ticket is not a cross-team request) and why not. */
    record Result(
            @Nullable Opened opened,
            List<RequestLedger.Event> events,
            List<Note> notes,
            @Nullable String unmapped,
            TicketState state,
            @Nullable RequestLedger ledger) {}

    /** The request's fixed part: its pair, when it was opened, and what the ticket says it is. */
    record Opened(String requester, String responder, Instant at, RequestKind kind) {}

    /** A change that produced no event, and why ({@code changeKey} names the stored change). */
    record Note(String changeKey, String message) {}

    /** Sorts changes: by time, a ticket's creation first at its instant, then by the system's own order, then key. */
    static final Comparator<TicketChange> ORDER = Comparator.comparing(TicketChange::at)
            .thenComparing(c -> c.kind() == TicketChange.Kind.CREATED ? 0 : 1)
            .thenComparingLong(TicketChange::ord)
            .thenComparing(TicketChange::key);

    private final ConnectorKind kind;
    private final ConnectorMapping mapping;
    private final Set<String> teams;
    private final List<Note> notes = new ArrayList<>();
    /** A responder the state machine refused to reassign to, so it is noted once. */
    private @Nullable String refusedResponder;

    private Derivation(ConnectorKind kind, ConnectorMapping effectiveMapping, Set<String> teams) {
        this.kind = kind;
        this.mapping = effectiveMapping;
        this.teams = teams;
    }

    /**
     * @param mapping the effective mapping ({@link ConnectorMapping#effective})
     * @param teams the slugs of the teams that exist: a label naming another team maps to nothing
     */
    static Result derive(ConnectorKind kind, ConnectorMapping mapping, List<TicketChange> changes, Set<String> teams) {
        return new Derivation(kind, mapping, teams).run(changes);
    }

    private Result run(List<TicketChange> unsorted) {
        List<TicketChange> changes = unsorted.stream().sorted(ORDER).toList();
        TicketState state = new TicketState(TicketState.categoriesOf(changes));
        RequestLedger ledger = null;
        Opened opened = null;
        String unmapped = "no change of the ticket has been received yet";
        Phase phase = null;
        List<RequestLedger.Event> events = new ArrayList<>();
        for (TicketChange change : changes) {
            if (state.deleted) {
                note(change, "the ticket was deleted before this change; ignored");
                continue;
            }
            state.apply(change);
            if (ledger == null) {
                if (state.deleted) {
                    unmapped = "deleted in " + kind.label() + " before it was a cross-team request";
                    continue;
                }
                String why = whyNotARequest(state);
                if (why != null) {
                    unmapped = why;
                    continue;
                }
                String requester = team(mapping.requester(), state);
                String responder = team(mapping.responder(), state);
                opened = new Opened(requester, responder, change.at(), kindOf(state));
                ledger = new RequestLedger(requester, responder, change.at());
                unmapped = null;
                refusedResponder = null;
                phase = Phase.OPEN;
            } else if (change.kind() == TicketChange.Kind.COMMENT && change.comment() != null) {
                append(ledger, events, change, EventType.COMMENTED, commentTeam(change.comment(), state, ledger), null);
                continue;
            } else if (state.deleted) {
                if (!ledger.state().isClosed()) {
                    append(ledger, events, change, EventType.WITHDRAWN, ledger.requester(), null);
                } else {
                    note(change, "deleted in " + kind.label() + " after it was closed; the request stays as it was");
                }
                continue;
            }
            String responder = team(mapping.responder(), state);
            reassign(ledger, events, change, responder);
            Phase next = phaseOf(state);
            if (next == null) {
                note(change, "status '" + state.status + "' is not in the mapping and its category is unknown");
            } else if (next != phase) {
                transition(ledger, events, change, phase, next);
                phase = next;
                // A reassignment the state machine refused a moment ago (closed, waiting on the requester) may go now.
                reassign(ledger, events, change, responder);
            }
        }
        return new Result(opened, List.copyOf(events), List.copyOf(notes), unmapped, state, ledger);
    }

    /**
     * A REASSIGNED when the ticket names another responder than the request has. While the state
     * machine refuses it (the request is closed or waits on the requester) it is tried again with
     * each later change, and noted once.
     */
    private void reassign(
            RequestLedger ledger, List<RequestLedger.Event> events, TicketChange change, @Nullable String responder) {
        if (responder == null || responder.equals(ledger.currentResponder())) {
            refusedResponder = null;
            return;
        }
        if (responder.equals(ledger.requester())) {
            if (!responder.equals(refusedResponder)) {
                note(change, "the responder team would become the requester team (" + responder + "); ignored");
                refusedResponder = responder;
            }
            return;
        }
        RequestLedger.Event event =
                new RequestLedger.Event(EventType.REASSIGNED, change.at(), ledger.currentResponder(), responder);
        try {
            ledger.append(event);
            events.add(event);
            refusedResponder = null;
        } catch (RequestLedger.Refusal | RequestLedger.InvalidEvent refused) {
            if (!responder.equals(refusedResponder)) {
                note(change, "REASSIGNED to " + responder + " waits: " + refused.getMessage());
                refusedResponder = responder;
            }
        }
    }

    /** The events that take the request from {@code from} to {@code to}. */
    private void transition(
            RequestLedger ledger, List<RequestLedger.Event> events, TicketChange change, Phase from, Phase to) {
        boolean wasClosed = from == Phase.FULFILLED || from == Phase.DECLINED;
        String responder = ledger.currentResponder();
        String requester = ledger.requester();
        switch (to) {
            case NEEDS_INFO -> {
                if (wasClosed) {
                    append(ledger, events, change, EventType.REOPENED, requester, null);
                }
                append(ledger, events, change, EventType.NEEDS_INFO, responder, null);
            }
            case OPEN -> {
                if (wasClosed) {
                    append(ledger, events, change, EventType.REOPENED, requester, null);
                } else if (from == Phase.NEEDS_INFO) {
                    append(ledger, events, change, EventType.INFO_PROVIDED, requester, null);
                } else {
                    note(change, "from in progress back to an open status: no event (the request stays in progress)");
                }
            }
            case STARTED -> {
                if (wasClosed) {
                    append(ledger, events, change, EventType.REOPENED, requester, null);
                } else if (from == Phase.NEEDS_INFO) {
                    append(ledger, events, change, EventType.INFO_PROVIDED, requester, null);
                }
                append(ledger, events, change, EventType.STARTED, responder, null);
            }
            case FULFILLED, DECLINED -> {
                if (wasClosed) {
                    note(change, "already closed (" + from + "); a change of resolution to " + to + " is ignored");
                } else {
                    EventType type = to == Phase.FULFILLED ? EventType.FULFILLED : EventType.DECLINED;
                    append(ledger, events, change, type, responder, null);
                }
            }
            default -> throw new IllegalStateException("phase " + to);
        }
    }

    private void append(
            RequestLedger ledger,
            List<RequestLedger.Event> events,
            TicketChange change,
            EventType type,
            String team,
            @Nullable String toTeam) {
        RequestLedger.Event event = new RequestLedger.Event(type, change.at(), team, toTeam);
        try {
            ledger.append(event);
            events.add(event);
        } catch (RequestLedger.Refusal | RequestLedger.InvalidEvent refused) {
            note(change, type + " by " + team + " not recorded: " + refused.getMessage());
        }
    }

    private void note(TicketChange change, String message) {
        notes.add(new Note(change.key(), message));
    }

    /** Why the ticket is not (yet) a cross-team request, or null when it is. */
    private @Nullable String whyNotARequest(TicketState state) {
        ConnectorMapping.Match m = mapping.match();
        if (!m.projects().isEmpty() && !ConnectorMapping.containsIgnoreCase(m.projects(), state.project)) {
            return "project " + state.project + " is not one of " + m.projects();
        }
        if (!m.issueTypes().isEmpty() && !ConnectorMapping.containsIgnoreCase(m.issueTypes(), state.issueType)) {
            return "issue type " + state.issueType + " is not one of " + m.issueTypes();
        }
        if (!m.labels().isEmpty()
                && state.labels.stream().noneMatch(l -> ConnectorMapping.containsIgnoreCase(m.labels(), l))) {
            return "none of the labels " + m.labels();
        }
        if (!m.repositories().isEmpty() && !ConnectorMapping.containsIgnoreCase(m.repositories(), state.repository)) {
            return "repository " + state.repository + " is not one of " + m.repositories();
        }
        String requester = team(mapping.requester(), state);
        if (requester == null) {
            return "no requester team: " + tried(mapping.requester(), state);
        }
        String responder = team(mapping.responder(), state);
        if (responder == null) {
            return "no responder team: " + tried(mapping.responder(), state);
        }
        if (requester.equals(responder)) {
            return "the requester and the responder are the same team (" + requester + ")";
        }
        return null;
    }

    /** The team the first source that names one gives, or null. */
    private @Nullable String team(List<TeamSource> sources, TicketState state) {
        for (TeamSource s : sources) {
            Set<String> found = new LinkedHashSet<>();
            for (String value : values(s, state)) {
                String team =
                        s.source() == ConnectorMapping.Source.REPORTER || s.source() == ConnectorMapping.Source.ASSIGNEE
                                ? value
                                : teamOf(value);
                if (team != null && teams.contains(team)) {
                    found.add(team);
                    if (s.source() != ConnectorMapping.Source.LABEL) {
                        break;
                    }
                }
            }
            if (found.size() == 1) {
                return found.iterator().next();
            }
            // Two labels naming teams (to:ops to:dba) name no team: the next source decides.
        }
        return null;
    }

    private List<String> values(TeamSource s, TicketState state) {
        return switch (s.source()) {
            case LABEL ->
                state.labels.stream()
                        .filter(l -> l.length() > s.prefix().length()
                                && l.regionMatches(
                                        true, 0, s.prefix(), 0, s.prefix().length()))
                        .map(l -> l.substring(s.prefix().length()))
                        .toList();
            case PROJECT -> state.project == null ? List.of() : List.of(state.project);
            case COMPONENT -> state.components;
            case FIELD -> {
                String v = state.fields.get(s.field());
                yield v == null ? List.of() : List.of(v);
            }
            case REPORTER -> people(state.reporter);
            case ASSIGNEE -> people(state.assignee);
            case REPOSITORY ->
                state.repository == null
                        ? List.of()
                        : List.of(state.repository, state.repository.substring(state.repository.indexOf('/') + 1));
        };
    }

    private List<String> people(List<String> ids) {
        List<String> result = new ArrayList<>();
        for (String id : ids) {
            String team = ConnectorMapping.lookup(mapping.people(), id);
            if (team != null) {
                result.add(team);
            }
        }
        return result;
    }

    /** A value's team: through {@code teamValues}, else the value itself lower-cased when a team has that slug. */
    private @Nullable String teamOf(String value) {
        String mapped = ConnectorMapping.lookup(mapping.teamValues(), value);
        return mapped != null ? mapped : ConnectorMapping.lower(value.trim());
    }

    private String tried(List<TeamSource> sources, TicketState state) {
        List<String> parts = new ArrayList<>();
        for (TeamSource s : sources) {
            List<String> values = values(s, state);
            String what = switch (s.source()) {
                case LABEL -> "label " + s.prefix() + "<team>";
                case FIELD -> "field " + s.field();
                default -> s.source().name().toLowerCase(Locale.ROOT);
            };
            parts.add(values.isEmpty() ? "no " + what : what + " " + values + " names no team");
        }
        return String.join("; ", parts);
    }

    /** The ticket's phase, or null when its status is neither mapped nor of a known category. */
    @Nullable
    Phase phaseOf(TicketState state) {
        if (state.status == null) {
            return null;
        }
        Phase byName = ConnectorMapping.lookup(mapping.statuses(), state.status);
        Phase byCategory = ConnectorMapping.lookup(mapping.categories(), state.statusCategory);
        Phase phase = byName;
        if (phase == null) {
            boolean done = byCategory == Phase.DONE || byCategory == Phase.FULFILLED || byCategory == Phase.DECLINED;
            Phase byLabel = done ? null : labelPhase(state);
            phase = byLabel != null ? byLabel : byCategory;
        }
        if (phase == Phase.DONE) {
            return ConnectorMapping.containsIgnoreCase(mapping.declinedResolutions(), state.resolution)
                    ? Phase.DECLINED
                    : Phase.FULFILLED;
        }
        return phase;
    }

    private static final List<Phase> LABEL_PRIORITY =
            List.of(Phase.NEEDS_INFO, Phase.FULFILLED, Phase.DECLINED, Phase.DONE, Phase.STARTED, Phase.OPEN);

    private @Nullable Phase labelPhase(TicketState state) {
        Set<Phase> found = new LinkedHashSet<>();
        for (String label : state.labels) {
            Phase p = ConnectorMapping.lookup(mapping.labels(), label);
            if (p != null) {
                found.add(p);
            }
        }
        return LABEL_PRIORITY.stream().filter(found::contains).findFirst().orElse(null);
    }

    private String commentTeam(TicketChange.Comment comment, TicketState state, RequestLedger ledger) {
        for (String id : comment.author()) {
            String team = ConnectorMapping.lookup(mapping.people(), id);
            if (team != null && (team.equals(ledger.requester()) || team.equals(ledger.currentResponder()))) {
                return team;
            }
        }
        boolean byReporter =
                comment.author().stream().anyMatch(id -> state.reporter.stream().anyMatch(r -> r.equalsIgnoreCase(id)));
        return byReporter ? ledger.requester() : ledger.currentResponder();
    }

    private RequestKind kindOf(TicketState state) {
        List<String> candidates = new ArrayList<>();
        if (state.requestType != null) {
            candidates.add(state.requestType);
        }
        if (state.issueType != null) {
            candidates.add(state.issueType);
        }
        candidates.addAll(state.labels);
        for (String c : candidates) {
            RequestKind k = ConnectorMapping.lookup(mapping.kinds(), c);
            if (k != null) {
                return k;
            }
        }
        for (String label : state.labels) {
            if (label.regionMatches(true, 0, "kind:", 0, 5)) {
                String name = label.substring(5).toUpperCase(Locale.ROOT).replace('-', '_');
                for (RequestKind k : RequestKind.values()) {
                    if (k.name().equals(name)) {
                        return k;
                    }
                }
            }
        }
        return RequestKind.OTHER;
    }
}

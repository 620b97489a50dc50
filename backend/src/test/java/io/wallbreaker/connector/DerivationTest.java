package io.wallbreaker.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.request.RequestLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mapping's rules on small hand-made tickets (the fixtures cover the real payloads). */
class DerivationTest {

    private static final Set<String> TEAMS = Set.of("web", "ops", "platform", "dba");
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final List<TicketChange> changes = new ArrayList<>();

    private static Instant day(int n) {
        return T0.plusSeconds(n * 86_400L);
    }

    /** A Jira-like snapshot change at day {@code n}. */
    private void snapshot(int n, String status, String category, String resolution, String... labels) {
        changes.add(new TicketChange(
                n == 0 ? "created" : "s" + n,
                n == 0 ? TicketChange.Kind.CREATED : TicketChange.Kind.SNAPSHOT,
                day(n),
                n,
                new TicketChange.Snapshot(
                        "OPS-1",
                        null,
                        "Logs",
                        null,
                        "OPS",
                        null,
                        "Task",
                        null,
                        status,
                        category,
                        resolution,
                        List.of(labels),
                        List.of(),
                        List.of("reporter-1"),
                        List.of(),
                        Map.of()),
                null,
                null,
                "test"));
    }

    private Derivation.Result derive() {
        return Derivation.derive(
                ConnectorKind.JIRA, ConnectorMapping.defaults(ConnectorKind.JIRA), List.copyOf(changes), TEAMS);
    }

    private static List<String> events(Derivation.Result r) {
        return r.events().stream()
                .map(e -> e.type() + " " + e.team() + (e.toTeam() == null ? "" : "→" + e.toTeam()))
                .toList();
    }

    @Test
    void shouldReassignOnceTheRequesterHasAnswered() {
        snapshot(0, "Waiting for support", "new", null, "from:web", "to:ops");
        snapshot(1, "Waiting for customer", "indeterminate", null, "from:web", "to:ops");
        // Moved to the platform team while waiting on the requester: the state machine refuses it now…
        snapshot(2, "Waiting for customer", "indeterminate", null, "from:web", "to:platform");
        // …and takes it when the requester answers.
        snapshot(3, "Waiting for support", "new", null, "from:web", "to:platform");
        Derivation.Result r = derive();
        assertEquals(List.of("NEEDS_INFO ops", "INFO_PROVIDED web", "REASSIGNED ops→platform"), events(r));
        assertEquals(1, r.notes().size(), r.notes().toString());
        assertTrue(
                r.notes().get(0).message().startsWith("REASSIGNED to platform waits"),
                r.notes().toString());
    }

    @Test
    void shouldNameNoTeamWhenTwoLabelsNameTeams() {
        snapshot(0, "Waiting for support", "new", null, "from:web", "to:dba", "to:platform");
        Derivation.Result r = derive();
        // The project key (OPS → ops) decides when the labels contradict each other.
        assertEquals("ops", r.opened().responder());
    }

    @Test
    void shouldNoteStatusesItCannotPlaceAndKeepTheRequestWhereItIs() {
        snapshot(0, "Waiting for support", "new", null, "from:web", "to:ops");
        snapshot(1, "Blocked by vendor", null, null, "from:web", "to:ops");
        snapshot(2, "In Progress", "indeterminate", null, "from:web", "to:ops");
        snapshot(3, "Waiting for support", "new", null, "from:web", "to:ops");
        Derivation.Result r = derive();
        assertEquals(List.of("STARTED ops"), events(r));
        assertEquals(2, r.notes().size(), r.notes().toString());
        assertTrue(r.notes().get(0).message().contains("Blocked by vendor"));
        assertTrue(r.notes().get(1).message().contains("stays in progress"));
    }

    @Test
    void shouldNotOpenARequestBetweenOneTeamAndItself() {
        snapshot(0, "Waiting for support", "new", null, "from:ops", "to:ops");
        Derivation.Result r = derive();
        assertNull(r.opened());
        assertTrue(r.unmapped().contains("same team"), r.unmapped());
    }

    @Test
    void shouldDeclineByResolutionAndIgnoreALaterResolutionChange() {
        snapshot(0, "Waiting for support", "new", null, "from:web", "to:ops");
        snapshot(1, "Canceled", "done", "Won't Do", "from:web", "to:ops");
        snapshot(2, "Canceled", "done", "Done", "from:web", "to:ops");
        Derivation.Result r = derive();
        assertEquals(List.of("DECLINED ops"), events(r));
        assertTrue(
                r.notes().get(0).message().contains("already closed"), r.notes().toString());
    }

    @Test
    void shouldGiveTheSameEventsForAnyArrivalOrder() {
        snapshot(0, "Waiting for support", "new", null, "from:web", "to:ops");
        snapshot(1, "Waiting for customer", "indeterminate", null, "from:web", "to:ops");
        snapshot(2, "Waiting for support", "new", null, "from:web", "to:dba");
        snapshot(3, "In Progress", "indeterminate", null, "from:web", "to:dba");
        snapshot(4, "Done", "done", "Done", "from:web", "to:dba");
        List<RequestLedger.Event> inOrder = derive().events();
        for (int rotation = 1; rotation < changes.size(); rotation++) {
            List<TicketChange> rotated = new ArrayList<>(changes.subList(rotation, changes.size()));
            rotated.addAll(changes.subList(0, rotation));
            assertEquals(
                    inOrder,
                    Derivation.derive(ConnectorKind.JIRA, ConnectorMapping.defaults(ConnectorKind.JIRA), rotated, TEAMS)
                            .events());
        }
    }
}

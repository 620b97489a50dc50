package io.wallbreaker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.request.RequestLedger.Event;
import io.wallbreaker.request.RequestLedger.Figures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every figure below is computed by hand from the timeline written next to it. */
class RequestLedgerTest {

    private static final String DEV = "product-dev";
    private static final String OPS = "operations";
    private static final String DBA = "dba";
    private static final String NET = "network";
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static Event ev(EventType type, long seconds, String team) {
        return new Event(type, at(seconds), team, null);
    }

    /**
     * The story: Dev asks Ops for production logs to chase a race condition. Ops: "file a ticket with
     * the patterns and a time range" (day 1); Dev provides them (day 2); a week later Ops asks again
     * (day 9); Dev answers (day 10); Ops starts pulling logs (day 14) and delivers on day 21.
     *
     * Court: Ops 0–1d, Dev 1–2d, Ops 2–9d, Dev 9–10d, Ops 10–21d → Ops 19 days, Dev 2 days.
     * Hand-offs Ops→Dev, Dev→Ops, Ops→Dev, Dev→Ops = 4; each after the first reverses the one
     * before → 3 bounces. In progress 14–21d → active 7 days, flow efficiency 7/21.
     */
    @Test
    void shouldComputeEveryFigureOfTheStorysLogAccessRequest() {
        RequestLedger ledger = new RequestLedger(DEV, OPS, T0);
        ledger.append(ev(EventType.NEEDS_INFO, DAY, OPS));
        ledger.append(ev(EventType.INFO_PROVIDED, 2 * DAY, DEV));
        ledger.append(ev(EventType.NEEDS_INFO, 9 * DAY, OPS));
        ledger.append(ev(EventType.INFO_PROVIDED, 10 * DAY, DEV));
        ledger.append(ev(EventType.STARTED, 14 * DAY, OPS));
        ledger.append(ev(EventType.FULFILLED, 21 * DAY, OPS));

        Figures f = ledger.figures(at(400 * DAY));
        assertEquals(RequestState.FULFILLED, f.state());
        assertEquals(Outcome.FULFILLED, f.outcome());
        assertNull(f.holder());
        assertEquals(at(21 * DAY), f.closedAt());
        assertEquals(1_814_400L, f.leadTimeSeconds());
        assertNull(f.ageSeconds());
        assertEquals(86_400L, f.timeToFirstResponseSeconds());
        assertEquals(1_641_600L, f.waitingOnResponderSeconds());
        assertEquals(172_800L, f.waitingOnRequesterSeconds());
        assertEquals(f.leadTimeSeconds(), f.waitingOnResponderSeconds() + f.waitingOnRequesterSeconds());
        assertEquals(604_800L, f.activeSeconds());
        assertEquals(1.0 / 3.0, f.flowEfficiency(), 1e-12);
        assertEquals(4, f.handoffs());
        assertEquals(3, f.bounces());
        assertTrue(f.pingPong());
        assertFalse(f.reopened());
        assertEquals(
                List.of(OPS, DEV, OPS, DEV, OPS),
                f.court().stream().map(RequestLedger.CourtSegment::holder).toList());
        assertEquals(at(21 * DAY), f.court().get(4).to());
    }

    @Test
    void shouldCountReassignmentChainAsHandoffsWithoutBouncesUnlessItComesBack() {
        RequestLedger chain = new RequestLedger(DEV, OPS, T0);
        chain.append(new Event(EventType.REASSIGNED, at(HOUR), OPS, DBA));
        chain.append(new Event(EventType.REASSIGNED, at(3 * HOUR), DBA, NET));
        chain.append(ev(EventType.FULFILLED, 10 * HOUR, NET));
        Figures f = chain.figures(at(DAY));
        assertEquals(2, f.handoffs());
        assertEquals(0, f.bounces());
        assertFalse(f.pingPong());
        assertEquals(NET, f.currentResponder());
        assertEquals(10 * HOUR, f.waitingOnResponderSeconds());
        assertEquals(0, f.waitingOnRequesterSeconds());
        assertEquals(HOUR, f.timeToFirstResponseSeconds());

        RequestLedger back = new RequestLedger(DEV, OPS, T0);
        back.append(new Event(EventType.REASSIGNED, at(HOUR), OPS, DBA));
        back.append(new Event(EventType.REASSIGNED, at(2 * HOUR), DBA, OPS));
        Figures g = back.figures(at(5 * HOUR));
        assertEquals(2, g.handoffs());
        assertEquals(1, g.bounces());
        assertEquals(5 * HOUR, g.ageSeconds());
        assertEquals(OPS, g.holder());
    }

    /** Declined on day 1, reopened on day 3, fulfilled on day 5: days 1–3 wait on the requester. */
    @Test
    void shouldCountTimeBetweenCloseAndReopenAsWaitingOnRequester() {
        RequestLedger ledger = new RequestLedger(DEV, OPS, T0);
        ledger.append(ev(EventType.DECLINED, DAY, OPS));
        assertEquals(RequestState.DECLINED, ledger.state());
        ledger.append(ev(EventType.REOPENED, 3 * DAY, DEV));
        ledger.append(ev(EventType.FULFILLED, 5 * DAY, OPS));

        Figures f = ledger.figures(at(10 * DAY));
        assertEquals(5 * DAY, f.leadTimeSeconds());
        assertEquals(3 * DAY, f.waitingOnResponderSeconds());
        assertEquals(2 * DAY, f.waitingOnRequesterSeconds());
        assertEquals(1, f.handoffs(), "the reopen is one hand-off, the decline none");
        assertTrue(f.reopened());
        assertEquals(0, f.bounces());
        assertEquals(Outcome.FULFILLED, f.outcome());
    }

    @Test
    void shouldCloseOnWithdrawWithCourtTimeOnBothSides() {
        RequestLedger ledger = new RequestLedger(DEV, OPS, T0);
        ledger.append(ev(EventType.NEEDS_INFO, HOUR, OPS));
        ledger.append(ev(EventType.WITHDRAWN, 3 * HOUR, DEV));
        Figures f = ledger.figures(at(DAY));
        assertEquals(Outcome.WITHDRAWN, f.outcome());
        assertEquals(3 * HOUR, f.leadTimeSeconds());
        assertEquals(HOUR, f.waitingOnResponderSeconds());
        assertEquals(2 * HOUR, f.waitingOnRequesterSeconds());
        assertEquals(1, f.handoffs());
        assertEquals(0.0, f.flowEfficiency());
    }

    @Test
    void shouldAcceptEventsAtTheSameInstant() {
        RequestLedger ledger = new RequestLedger(DEV, OPS, T0);
        ledger.append(ev(EventType.NEEDS_INFO, HOUR, OPS));
        ledger.append(ev(EventType.INFO_PROVIDED, HOUR, DEV));
        ledger.append(ev(EventType.FULFILLED, HOUR, OPS));
        Figures f = ledger.figures(at(DAY));
        assertEquals(HOUR, f.leadTimeSeconds());
        assertEquals(HOUR, f.waitingOnResponderSeconds());
        assertEquals(0, f.waitingOnRequesterSeconds());
        assertEquals(2, f.handoffs());
        assertEquals(1, f.bounces());
    }

    @Test
    void shouldReportAgeAndRunningCourtTimeForOpenRequests() {
        RequestLedger ledger = new RequestLedger(DEV, OPS, T0);
        ledger.append(ev(EventType.ACKNOWLEDGED, 2 * HOUR, OPS));
        ledger.append(ev(EventType.STARTED, 4 * HOUR, OPS));
        Figures f = ledger.figures(at(10 * HOUR));
        assertEquals(RequestState.IN_PROGRESS, f.state());
        assertEquals(Outcome.OPEN, f.outcome());
        assertNull(f.leadTimeSeconds());
        assertEquals(10 * HOUR, f.ageSeconds());
        assertEquals(2 * HOUR, f.timeToFirstResponseSeconds());
        assertEquals(10 * HOUR, f.waitingOnResponderSeconds());
        assertEquals(6 * HOUR, f.activeSeconds());
        assertEquals(OPS, f.holder());
        assertNull(f.court().get(f.court().size() - 1).to(), "the running segment is open-ended");
        assertEquals(0, f.handoffs());
    }

    @Test
    void shouldHaveNoFirstResponseUntilTheResponderActs() {
        RequestLedger ledger = new RequestLedger(DEV, OPS, T0);
        ledger.append(ev(EventType.COMMENTED, HOUR, DEV));
        assertNull(ledger.figures(at(DAY)).timeToFirstResponseSeconds());
        ledger.append(ev(EventType.COMMENTED, 2 * HOUR, OPS));
        assertEquals(2 * HOUR, ledger.figures(at(DAY)).timeToFirstResponseSeconds());
    }

    @Test
    void shouldRefuseEventsNotAllowedInStateOrForTeamAndSayWhatIsAllowed() {
        RequestLedger ledger = new RequestLedger(DEV, OPS, T0);
        RequestLedger.Refusal notNow =
                assertThrows(RequestLedger.Refusal.class, () -> ledger.append(ev(EventType.INFO_PROVIDED, HOUR, DEV)));
        assertTrue(notNow.getMessage().contains("OPEN"), notNow.getMessage());
        assertTrue(notNow.allowed().contains(new RequestLedger.Allowed(EventType.NEEDS_INFO, OPS)));
        assertTrue(notNow.allowed().contains(new RequestLedger.Allowed(EventType.WITHDRAWN, DEV)));
        assertFalse(notNow.allowed().contains(new RequestLedger.Allowed(EventType.WITHDRAWN, OPS)));

        assertThrows(RequestLedger.Refusal.class, () -> ledger.append(ev(EventType.FULFILLED, HOUR, DEV)));
        assertThrows(RequestLedger.Refusal.class, () -> ledger.append(ev(EventType.COMMENTED, HOUR, NET)));
        assertThrows(RequestLedger.Refusal.class, () -> ledger.append(ev(EventType.REOPENED, HOUR, DEV)));
        assertThrows(RequestLedger.Refusal.class, () -> ledger.append(ev(EventType.OPENED, HOUR, DEV)));

        ledger.append(ev(EventType.DECLINED, 2 * HOUR, OPS));
        assertThrows(RequestLedger.Refusal.class, () -> ledger.append(ev(EventType.STARTED, 3 * HOUR, OPS)));
        assertEquals(
                List.of(
                        new RequestLedger.Allowed(EventType.COMMENTED, OPS),
                        new RequestLedger.Allowed(EventType.COMMENTED, DEV),
                        new RequestLedger.Allowed(EventType.REOPENED, DEV)),
                ledger.allowed());
    }

    @Test
    void shouldRefuseEventsBeforeThePreviousOneAndBadReassignments() {
        RequestLedger ledger = new RequestLedger(DEV, OPS, T0);
        ledger.append(ev(EventType.ACKNOWLEDGED, DAY, OPS));
        RequestLedger.InvalidEvent early =
                assertThrows(RequestLedger.InvalidEvent.class, () -> ledger.append(ev(EventType.STARTED, HOUR, OPS)));
        assertEquals("at", early.field());
        assertEquals("must not be before the previous event (2025-03-04 09:00 UTC)", early.getMessage());
        assertEquals(
                "toTeam",
                assertThrows(
                                RequestLedger.InvalidEvent.class,
                                () -> ledger.append(new Event(EventType.REASSIGNED, at(DAY), OPS, DEV)))
                        .field());
        assertEquals(
                "toTeam",
                assertThrows(
                                RequestLedger.InvalidEvent.class,
                                () -> ledger.append(new Event(EventType.REASSIGNED, at(DAY), OPS, null)))
                        .field());
        assertEquals(
                "toTeam",
                assertThrows(
                                RequestLedger.InvalidEvent.class,
                                () -> ledger.append(new Event(EventType.COMMENTED, at(DAY), DEV, OPS)))
                        .field());
        assertEquals(RequestState.OPEN, ledger.state(), "a refused event changes nothing");
        assertEquals(at(DAY), ledger.lastEventAt());
    }

    @Test
    void shouldReplayStoredEventsToTheSameFigures() {
        List<Event> events = List.of(
                ev(EventType.OPENED, 0, DEV),
                ev(EventType.NEEDS_INFO, DAY, OPS),
                ev(EventType.INFO_PROVIDED, 2 * DAY, DEV),
                ev(EventType.FULFILLED, 3 * DAY, OPS));
        Figures f = RequestLedger.replay(DEV, OPS, T0, events).figures(at(9 * DAY));
        assertEquals(3 * DAY, f.leadTimeSeconds());
        assertEquals(2, f.handoffs());
        assertEquals(1, f.bounces());
        assertEquals(Duration.ofDays(2).getSeconds(), f.waitingOnResponderSeconds());
    }
}

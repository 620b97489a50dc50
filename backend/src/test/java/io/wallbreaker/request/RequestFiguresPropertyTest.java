package io.wallbreaker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.common.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random request histories with millisecond timestamps (seeded, so a failure reproduces): the
 * figures keep their identities exactly and each stays within its rounding of the exact value,
 * both when computed from the events and when extended from the stored totals.
 */
class RequestFiguresPropertyTest {

    private static final List<String> TEAMS = List.of("dev", "ops", "dba", "net", "sec");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldKeepIdentitiesAndRoundingOnRandomHistories(long seed) {
        Random random = new Random(seed);
        for (int history = 0; history < 500; history++) {
            check(random);
        }
    }

    @Test
    void shouldRoundTheIssuesSubSecondExampleOnceNotSpanBySpan() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00.500Z");
        RequestLedger ledger = new RequestLedger("dev", "ops", t0);
        ledger.append(
                new RequestLedger.Event(EventType.NEEDS_INFO, Instant.parse("2026-01-01T00:00:01.400Z"), "ops", null));
        ledger.append(new RequestLedger.Event(
                EventType.INFO_PROVIDED, Instant.parse("2026-01-01T00:00:02.300Z"), "dev", null));
        ledger.append(
                new RequestLedger.Event(EventType.FULFILLED, Instant.parse("2026-01-01T00:00:03.200Z"), "ops", null));
        RequestLedger.Figures f = ledger.figures(Instant.parse("2026-02-01T00:00:00Z"));
        assertEquals(3, f.leadTimeSeconds(), "2.7 s");
        assertEquals(2, f.waitingOnResponderSeconds(), "0.9 + 0.9 s");
        assertEquals(1, f.waitingOnRequesterSeconds(), "0.9 s");
        assertEquals(0, f.activeSeconds());
        assertNull(f.ageSeconds());
    }

    private static void check(Random random) {
        String requester = TEAMS.get(random.nextInt(2));
        String responder = requester.equals("dev") ? "ops" : "dev";
        Instant t = Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000_000));
        Instant openedAt = t;
        RequestLedger ledger = new RequestLedger(requester, responder, openedAt);
        List<RequestLedger.Event> events = new ArrayList<>();
        int steps = random.nextInt(12);
        for (int i = 0; i < steps; i++) {
            t = t.plusMillis(gap(random));
            List<RequestLedger.Allowed> allowed = ledger.allowed();
            RequestLedger.Allowed pick = allowed.get(random.nextInt(allowed.size()));
            String toTeam = null;
            if (pick.type() == EventType.REASSIGNED) {
                List<String> candidates = new ArrayList<>(TEAMS);
                candidates.remove(requester);
                candidates.remove(ledger.currentResponder());
                toTeam = candidates.get(random.nextInt(candidates.size()));
            }
            RequestLedger.Event event = new RequestLedger.Event(pick.type(), t, pick.team(), toTeam);
            ledger.append(event);
            events.add(event);
        }
        // Usually read later; sometimes "now" lies before the last event (one recorded within the clock skew).
        Instant now = random.nextInt(5) == 0 ? t.minusMillis(random.nextInt(240_000)) : t.plusMillis(gap(random));
        RequestLedger.Figures f = ledger.figures(now);

        boolean closed = f.state().isClosed();
        Instant end = closed ? f.closedAt() : (now.isBefore(t) ? t : now);
        Duration[] exact = exactCourt(requester, responder, openedAt, events, end);
        Duration exactSpan = Duration.between(openedAt, end);
        long span = closed ? f.leadTimeSeconds() : f.ageSeconds();
        String why = "history " + events + " now " + now + ": " + f;
        assertEquals(Durations.seconds(exactSpan), span, why);
        assertEquals(span, f.waitingOnResponderSeconds() + f.waitingOnRequesterSeconds(), "identity: " + why);
        assertTrue(Math.abs(f.waitingOnResponderSeconds() * 1000 - exact[0].toMillis()) < 1000, why);
        assertTrue(Math.abs(f.waitingOnRequesterSeconds() * 1000 - exact[1].toMillis()) < 1000, why);
        assertTrue(f.activeSeconds() <= f.waitingOnResponderSeconds(), "active within responder time: " + why);
        assertTrue(f.activeSeconds() >= 0 && f.activeSeconds() <= span, why);

        // The list's path: totals stored as milliseconds, read back and extended to now.
        RequestLedger.Totals t0 = ledger.totals();
        RequestLedger.Totals stored = new RequestLedger.Totals(
                t0.state(),
                t0.requester(),
                t0.holder(),
                t0.currentResponder(),
                t0.openedAt(),
                t0.lastEventAt(),
                t0.closedAt(),
                t0.firstResponse() == null
                        ? null
                        : Duration.ofMillis(t0.firstResponse().toMillis()),
                Duration.ofMillis(t0.onResponder().toMillis()),
                Duration.ofMillis(t0.onRequester().toMillis()),
                Duration.ofMillis(t0.active().toMillis()),
                t0.handoffs(),
                t0.bounces(),
                t0.reopened());
        RequestLedger.Figures fromRow = stored.figuresAt(now, f.court());
        assertEquals(f, fromRow, "the list shows what the request page shows");
    }

    /**
     * Court time read straight from the state table, independently of the ledger: who holds the ball
     * after each event, summed exactly up to {@code end}. [0] responder side, [1] requester side.
     */
    private static Duration[] exactCourt(
            String requester, String responder, Instant openedAt, List<RequestLedger.Event> events, Instant end) {
        Duration onResponder = Duration.ZERO;
        Duration onRequester = Duration.ZERO;
        String current = responder;
        String holder = responder;
        Instant since = openedAt;
        for (RequestLedger.Event e : events) {
            String next = switch (e.type()) {
                case NEEDS_INFO, FULFILLED, DECLINED, WITHDRAWN -> requester;
                case INFO_PROVIDED, REOPENED -> current;
                case REASSIGNED -> current = e.toTeam();
                default -> holder;
            };
            if (!next.equals(holder)) {
                Duration held = Duration.between(since, e.at());
                if (holder.equals(requester)) {
                    onRequester = onRequester.plus(held);
                } else {
                    onResponder = onResponder.plus(held);
                }
                holder = next;
                since = e.at();
            }
        }
        Duration last = Duration.between(since, end);
        if (holder.equals(requester)) {
            onRequester = onRequester.plus(last);
        } else {
            onResponder = onResponder.plus(last);
        }
        return new Duration[] {onResponder, onRequester};
    }

    /** Mostly sub-second gaps, sometimes hours or days: the normal mix of API clocks and real waits. */
    private static long gap(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(1000);
            case 1 -> random.nextInt(5000);
            case 2 -> random.nextInt(3_600_000);
            default -> random.nextInt(5) * 86_400_000L + random.nextInt(1000);
        };
    }
}

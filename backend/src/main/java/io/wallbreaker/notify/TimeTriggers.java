package io.wallbreaker.notify;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.request.RequestLedger;
import io.wallbreaker.request.RequestService;
import io.wallbreaker.request.RequestView;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications that time brings rather than a change: an open request's court spell passing 80 %
 * and 100 % of its OLA target, an action item becoming overdue, the weekly digest. Every instance
 * checks every minute; each notification has a key that can be written once (request and spell,
 * item and due date, week), so it fires once across instances and restarts, and a check after
 * downtime catches up on what came due meanwhile.
 */
@Singleton
class TimeTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(TimeTriggers.class);

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final RequestService requests;
    private final WeeklyDigest digest;
    private final NotifySettings settings;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    TimeTriggers(
            JdbcOperations jdbc,
            Outbox outbox,
            RequestService requests,
            WeeklyDigest digest,
            NotifySettings settings,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.requests = requests;
        this.digest = digest;
        this.settings = settings;
        this.clock = clock;
        this.tx = tx;
    }

    @Scheduled(fixedDelay = "${wallbreaker.notifications.trigger-interval:1m}", initialDelay = "10s")
    void run() {
        try {
            olaThresholds();
            overdueActionItems();
            weeklyDigest();
        } catch (RuntimeException e) {
            LOG.warn("Time-based notifications failed; next check in a minute", e);
        }
    }

    /** Open requests whose current court spell has lasted 80 % / 100 % of their OLA target. */
    int olaThresholds() {
        Instant now = clock.instant();
        List<long[]> candidates = tx.executeRead(status -> SqlQuery.list(
                jdbc,
                "SELECT r.id, o.target_seconds FROM cross_request r JOIN ola_target o "
                        + "ON o.requester_team_id = r.requester_team_id AND o.responder_team_id = r.responder_team_id "
                        + "AND o.kind = r.kind WHERE r.outcome = 'OPEN' AND r.holder_team_id IS NOT NULL",
                List.of(),
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}));
        int fired = 0;
        for (long[] c : candidates) {
            long target = c[1];
            long spellOf80 = (long) Math.ceil(target * 0.8);
            RequestView request = tx.executeRead(status -> requests.get(c[0]));
            List<RequestLedger.CourtSegment> court = request.court();
            RequestLedger.CourtSegment spell = court.isEmpty() ? null : court.get(court.size() - 1);
            if (spell == null || spell.to() != null) {
                continue;
            }
            long spellSeconds = Duration.between(spell.from(), now).toSeconds();
            if (spellSeconds >= target) {
                fired += once(
                                "ola100:" + c[0] + ":" + spell.from().toEpochMilli(),
                                ola(request, spell, target, spellSeconds, true))
                        ? 1
                        : 0;
            }
            if (spellSeconds >= spellOf80 && spellSeconds < target) {
                fired += once(
                                "ola80:" + c[0] + ":" + spell.from().toEpochMilli(),
                                ola(request, spell, target, spellSeconds, false))
                        ? 1
                        : 0;
            }
        }
        return fired;
    }

    private Outbox.Message ola(
            RequestView request, RequestLedger.CourtSegment spell, long target, long spellSeconds, boolean breached) {
        var s = request.summary();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "request");
        record.put("id", s.id());
        record.put("key", s.key());
        record.put("title", s.title());
        record.put("holder", spell.holder());
        record.put("since", spell.from().toString());
        record.put("waitingSeconds", spellSeconds);
        record.put("targetSeconds", target);
        String days = String.format("%.1f", spellSeconds / 86_400.0);
        String targetDays = String.format("%.1f", target / 86_400.0);
        return new Outbox.Message(
                breached ? NotificationType.REQUEST_OLA_BREACHED : NotificationType.REQUEST_OLA_WARNING,
                List.of(spell.holder()),
                spell.from().plusSeconds(breached ? target : (long) Math.ceil(target * 0.8)),
                s.key() + (breached ? " is past its OLA target: " : " is near its OLA target: ") + s.title(),
                "With " + spell.holder() + " for " + days + " days of a " + targetDays + "-day target"
                        + (breached ? "." : " (80 %)."),
                "/requests/" + s.id(),
                record);
    }

    /** Open action items whose due date has passed (in the organisation's time zone). */
    int overdueActionItems() {
        LocalDate today = LocalDate.now(clock.withZone(settings.getZone()));
        List<Object[]> items = tx.executeRead(status -> SqlQuery.list(
                jdbc,
                "SELECT a.id, a.title, a.due_date, a.incident_id, t.slug FROM action_item a "
                        + "JOIN team t ON t.id = a.owner_team_id WHERE a.status = 'OPEN' AND a.due_date < ?",
                List.of(today),
                rs -> new Object[] {
                    rs.getLong("id"),
                    rs.getString("title"),
                    rs.getObject("due_date", LocalDate.class),
                    rs.getLong("incident_id"),
                    rs.getString("slug")
                }));
        int fired = 0;
        for (Object[] item : items) {
            long id = (Long) item[0];
            LocalDate due = (LocalDate) item[2];
            String team = (String) item[4];
            long incident = (Long) item[3];
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("type", "action-item");
            record.put("id", id);
            record.put("title", item[1]);
            record.put("ownerTeam", team);
            record.put("dueDate", due.toString());
            record.put("incidentId", incident);
            Outbox.Message m = new Outbox.Message(
                    NotificationType.ACTION_ITEM_OVERDUE,
                    List.of(team),
                    due.plusDays(1).atStartOfDay(settings.getZone()).toInstant(),
                    "Action item overdue: " + item[1],
                    "Owned by " + team + ", due " + due + " (INC-" + incident + ").",
                    "/incidents/" + incident,
                    record);
            fired += once("overdue:" + id + ":" + due, m) ? 1 : 0;
        }
        return fired;
    }

    /** The week's digest, once, at or after the configured day and hour. */
    boolean weeklyDigest() {
        ZonedDateTime now = clock.instant().atZone(settings.getZone());
        ZonedDateTime due = now.with(TemporalAdjusters.previousOrSame(settings.getDigestDay()))
                .toLocalDate()
                .atTime(settings.getDigestHour(), 0)
                .atZone(settings.getZone());
        if (now.isBefore(due)) {
            return false; // this week's is not due yet; last week's was sent last week (or is caught up now)
        }
        WeeklyDigest.Digest d = tx.executeRead(status -> digest.of(due.toLocalDate()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "digest");
        record.put("digest", d);
        Outbox.Message m = new Outbox.Message(
                NotificationType.DIGEST_WEEKLY,
                List.of(),
                due.toInstant(),
                "Weekly wall digest, " + d.from() + " to " + d.to(),
                WeeklyDigest.text(d),
                "/digest",
                record);
        return once("digest:" + due.toLocalDate(), m);
    }

    /** Publishes {@code m} under {@code key} unless it was published before (here or on another instance). */
    private boolean once(String key, Outbox.Message m) {
        try {
            return tx.executeWrite(status -> outbox.publishOnce(key, m));
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                return false; // another instance fired it at the same moment
            }
            throw e;
        }
    }
}

package io.wallbreaker.notify;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.UniqueViolations;
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
 * and 100 % of its OLA target, an action item becoming overdue, a postmortem left in draft, the
 * weekly digest. Every instance
 * checks every minute; each notification has a key that can be written once (request and spell,
 * item and due date, week), so it fires once across instances and restarts, and a check after
 * downtime catches up on what came due meanwhile.
 */
@Singleton
class TimeTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(TimeTriggers.class);

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final OpenSpells spells;
    /** Keys this instance saw fired (or found fired), so every check does not ask the database again. */
    private final java.util.Set<String> fired = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final WeeklyDigest digest;
    private final NotifySettings settings;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    TimeTriggers(
            JdbcOperations jdbc,
            Outbox outbox,
            OpenSpells spells,
            WeeklyDigest digest,
            NotifySettings settings,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.spells = spells;
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
            draftPostmortems();
            weeklyDigest();
        } catch (RuntimeException e) {
            LOG.warn("Time-based notifications failed; next check in a minute", e);
        }
    }

    /**
     * Open requests whose current court spell has lasted 80 % / 100 % of their OLA target. A
     * threshold crossed longer ago than the catch-up window is not reported any more (turning
     * notifications on does not flood the channels with last year's breaches).
     */
    int olaThresholds() {
        Instant now = clock.instant();
        Instant horizon = now.minus(settings.getCatchUp());
        List<OpenSpells.Spell> open = tx.executeRead(status -> spells.withTargets());
        int fired = 0;
        for (OpenSpells.Spell spell : open) {
            long target = spell.targetSeconds();
            long spellSeconds = Duration.between(spell.since(), now).toSeconds();
            Instant warnAt = spell.since().plusSeconds((long) Math.ceil(target * 0.8));
            Instant breachAt = spell.since().plusSeconds(target);
            String at = spell.requestId() + ":" + spell.since().toEpochMilli();
            if (spellSeconds >= target) {
                if (!breachAt.isBefore(horizon)) {
                    fired += once("ola100:" + at, ola(spell, breachAt, spellSeconds, true)) ? 1 : 0;
                }
            } else if (!now.isBefore(warnAt) && !warnAt.isBefore(horizon)) {
                fired += once("ola80:" + at, ola(spell, warnAt, spellSeconds, false)) ? 1 : 0;
            }
        }
        return fired;
    }

    private static Outbox.Message ola(OpenSpells.Spell spell, Instant at, long spellSeconds, boolean breached) {
        long target = spell.targetSeconds();
        String key = "REQ-" + spell.requestId();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "request");
        record.put("id", spell.requestId());
        record.put("key", key);
        record.put("title", spell.title());
        record.put("holder", spell.holder());
        record.put("since", spell.since().toString());
        record.put("waitingSeconds", spellSeconds);
        record.put("targetSeconds", target);
        String days = String.format(java.util.Locale.ROOT, "%.1f", spellSeconds / 86_400.0);
        String targetDays = String.format(java.util.Locale.ROOT, "%.1f", target / 86_400.0);
        return new Outbox.Message(
                breached ? NotificationType.REQUEST_OLA_BREACHED : NotificationType.REQUEST_OLA_WARNING,
                List.of(spell.holder()),
                at,
                key + (breached ? " is past its OLA target: " : " is near its OLA target: ") + spell.title(),
                "With " + spell.holder() + " for " + days + " days of a " + targetDays + "-day target"
                        + (breached ? "." : " (80 %)."),
                "/requests/" + spell.requestId(),
                record);
    }

    /** Open action items whose due date has passed (in the organisation's time zone). */
    int overdueActionItems() {
        LocalDate today = LocalDate.now(clock.withZone(settings.getZone()));
        List<Object[]> items = tx.executeRead(status -> SqlQuery.list(
                jdbc,
                "SELECT a.id, a.title, a.due_date, a.incident_id, t.slug FROM action_item a "
                        + "JOIN team t ON t.id = a.owner_team_id WHERE a.status = 'OPEN' AND a.due_date < ? "
                        + "AND a.due_date >= ?",
                List.of(today, today.minusDays(Math.max(1, settings.getCatchUp().toDays()))),
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

    /**
     * Postmortems still in draft (or not started) {@code postmortemDraftDays} after their incident
     * was resolved: the incident's teams hear of it once per resolution.
     */
    int draftPostmortems() {
        Instant now = clock.instant();
        Duration allowance = Duration.ofDays(settings.getPostmortemDraftDays());
        List<Object[]> drafts = tx.executeRead(status -> SqlQuery.list(
                jdbc,
                "SELECT i.id, i.title, i.resolved_at FROM incident i LEFT JOIN postmortem p ON p.incident_id = i.id "
                        + "WHERE i.resolved_at IS NOT NULL AND i.resolved_at <= ? AND i.resolved_at >= ? "
                        + "AND (p.status IS NULL OR p.status = 'DRAFT')",
                SqlQuery.params(now.minus(allowance), now.minus(allowance).minus(settings.getCatchUp())),
                rs -> new Object[] {rs.getLong("id"), rs.getString("title"), SqlQuery.instant(rs, "resolved_at")}));
        int fired = 0;
        for (Object[] draft : drafts) {
            long id = (Long) draft[0];
            Instant resolved = (Instant) draft[2];
            List<String> teams = tx.executeRead(status -> SqlQuery.list(
                    jdbc,
                    "SELECT t.slug FROM incident_team it JOIN team t ON t.id = it.team_id WHERE it.incident_id = ? "
                            + "ORDER BY t.slug",
                    List.of(id),
                    rs -> rs.getString(1)));
            String key = "INC-" + id;
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("type", "postmortem");
            record.put("incidentId", id);
            record.put("key", key);
            record.put("title", draft[1]);
            record.put("resolvedAt", resolved.toString());
            record.put("draftDays", settings.getPostmortemDraftDays());
            Outbox.Message m = new Outbox.Message(
                    NotificationType.POSTMORTEM_DRAFT_OVERDUE,
                    teams,
                    resolved.plus(allowance),
                    "Postmortem still in draft: " + key + " " + draft[1],
                    key + " was resolved " + settings.getPostmortemDraftDays()
                            + " days ago and its blameless postmortem is not published yet.",
                    "/incidents/" + id + "/postmortem",
                    record);
            fired += once("draft:" + id + ":" + resolved.toEpochMilli(), m) ? 1 : 0;
        }
        return fired;
    }

    /** The week's digest, once, at or after the configured day and hour. */
    boolean weeklyDigest() {
        return weeklyDigest(clock.instant());
    }

    /** The digest that is due at {@code at}, once. */
    boolean weeklyDigest(Instant at) {
        ZonedDateTime now = at.atZone(settings.getZone());
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
        if (fired.contains(key)) {
            return false;
        }
        if (fired.size() > 200_000) {
            fired.clear(); // a bound on memory; the database still knows every key
        }
        try {
            boolean first = tx.executeWrite(status -> outbox.publishOnce(key, m));
            fired.add(key);
            return first;
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                fired.add(key);
                return false; // another instance fired it at the same moment
            }
            throw e;
        }
    }
}

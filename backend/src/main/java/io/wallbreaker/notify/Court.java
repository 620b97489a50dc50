package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Your court": what waits on the signed-in user's teams, oldest wait first — requests where the
 * ball is with one of them, their open action items overdue or due within a week, postmortems of
 * their resolved incidents still in draft after {@code postmortemDraftDays}, and the open
 * shadow-system candidates their team triages (inventory discovery).
 */
@Singleton
public class Court {

    /** Kinds of item. */
    public enum ItemType {
        REQUEST,
        ACTION_ITEM,
        POSTMORTEM,
        SHADOW_CANDIDATE
    }

    /**
     * One thing waiting. {@code since}: when it landed in the team's court (the request's hand-off,
     * the action item's creation, the incident's resolution); {@code targetSeconds}: the time it was
     * given (the OLA target, the due date, the draft allowance), null when none.
     */
    @Serdeable
    public record Item(
            ItemType type,
            long id,
            String key,
            String title,
            String team,
            Instant since,
            long waitingSeconds,
            @Nullable Long targetSeconds,
            @Nullable String state,
            String link) {}

    @Serdeable
    public record Items(List<Item> items, int total) {}

    private final JdbcOperations jdbc;
    private final OpenSpells spells;
    private final NotifySettings settings;
    private final io.wallbreaker.discovery.Candidates candidates;
    private final Clock clock;

    Court(
            JdbcOperations jdbc,
            OpenSpells spells,
            NotifySettings settings,
            io.wallbreaker.discovery.Candidates candidates,
            Clock clock) {
        this.jdbc = jdbc;
        this.spells = spells;
        this.settings = settings;
        this.candidates = candidates;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Items of(String login) {
        List<Long> teamIds = SqlQuery.list(
                jdbc,
                "SELECT ut.team_id FROM user_team ut JOIN app_user u ON u.id = ut.user_id WHERE u.login = ?",
                List.of(login),
                rs -> rs.getLong(1));
        if (teamIds.isEmpty()) {
            return new Items(List.of(), 0);
        }
        String in = String.join(", ", teamIds.stream().map(id -> "?").toList());
        Instant now = clock.instant();
        List<Item> items = new ArrayList<>();
        for (OpenSpells.Spell spell : spells.heldBy(teamIds)) {
            items.add(new Item(
                    ItemType.REQUEST,
                    spell.requestId(),
                    "REQ-" + spell.requestId(),
                    spell.title(),
                    spell.holder(),
                    spell.since(),
                    seconds(spell.since(), now),
                    spell.targetSeconds(),
                    spell.state(),
                    "/requests/" + spell.requestId()));
        }
        LocalDate weekAhead = LocalDate.now(clock.withZone(settings.getZone())).plusDays(7);
        List<Object> params = new ArrayList<>(teamIds);
        params.add(weekAhead);
        SqlQuery.forEach(
                jdbc,
                "SELECT a.id, a.title, a.due_date, a.created_at, a.incident_id, t.slug FROM action_item a "
                        + "JOIN team t ON t.id = a.owner_team_id WHERE a.status = 'OPEN' AND a.owner_team_id IN (" + in
                        + ") AND a.due_date IS NOT NULL AND a.due_date <= ?",
                params,
                rs -> {
                    Instant created = SqlQuery.instant(rs, "created_at");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    Instant dueAt =
                            due.plusDays(1).atStartOfDay(settings.getZone()).toInstant();
                    long id = rs.getLong("id");
                    items.add(new Item(
                            ItemType.ACTION_ITEM,
                            id,
                            "INC-" + rs.getLong("incident_id") + " action item",
                            rs.getString("title"),
                            rs.getString("slug"),
                            created,
                            seconds(created, now),
                            Math.max(0, Duration.between(created, dueAt).toSeconds()),
                            dueAt.isBefore(now) ? "OVERDUE" : "DUE_SOON",
                            "/incidents/" + rs.getLong("incident_id")));
                });
        Instant draftSince = now.minus(Duration.ofDays(settings.getPostmortemDraftDays()));
        List<Object> pmParams = new ArrayList<>(teamIds);
        pmParams.add(draftSince);
        SqlQuery.forEach(
                jdbc,
                "SELECT i.id, i.title, i.resolved_at, MIN(t.slug) AS team FROM incident i "
                        + "JOIN incident_team it ON it.incident_id = i.id JOIN team t ON t.id = it.team_id "
                        + "LEFT JOIN postmortem p ON p.incident_id = i.id WHERE it.team_id IN (" + in + ") "
                        + "AND i.resolved_at IS NOT NULL AND i.resolved_at <= ? "
                        + "AND (p.status IS NULL OR p.status = 'DRAFT') GROUP BY i.id, i.title, i.resolved_at",
                pmParams,
                rs -> {
                    Instant resolved = SqlQuery.instant(rs, "resolved_at");
                    long id = rs.getLong("id");
                    items.add(new Item(
                            ItemType.POSTMORTEM,
                            id,
                            "INC-" + id,
                            "Postmortem of " + rs.getString("title"),
                            rs.getString("team"),
                            resolved,
                            seconds(resolved, now),
                            Duration.ofDays(settings.getPostmortemDraftDays()).toSeconds(),
                            "DRAFT",
                            "/incidents/" + id + "/postmortem"));
                });
        for (io.wallbreaker.discovery.DiscoveryViews.Candidate c : candidates.openFor(teamIds)) {
            items.add(new Item(
                    ItemType.SHADOW_CANDIDATE,
                    c.id(),
                    "CAND-" + c.id(),
                    c.provider() + ": " + c.name() + " is in no catalog",
                    c.team(),
                    c.createdAt(),
                    seconds(c.createdAt(), now),
                    null,
                    c.status(),
                    "/discovery/candidates/" + c.id()));
        }
        items.sort(Comparator.comparing(Item::since).thenComparing(Item::type).thenComparingLong(Item::id));
        return new Items(List.copyOf(items), items.size());
    }

    private static long seconds(Instant from, Instant now) {
        return Math.max(0, Duration.between(from, now).toSeconds());
    }
}

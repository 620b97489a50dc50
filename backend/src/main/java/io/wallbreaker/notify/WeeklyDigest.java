package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.metrics.MetricsService;
import io.wallbreaker.metrics.MetricsViews;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly wall digest for leadership: the organisation's wall index and its change against the
 * week before, the three thickest walls and their change, the longest-waiting open requests, the
 * incidents with the largest wall share, and the shadow systems found in the week with how long
 * nobody knew. Walls are measured over the {@value #WINDOW_DAYS} days up to the digest's day (and
 * up to a week earlier for the change), so one quiet week does not swing them.
 */
@Singleton
public class WeeklyDigest {

    static final int WINDOW_DAYS = 90;

    @Serdeable
    public record Wall(
            String requesterTeam,
            String responderTeam,
            @Nullable Double wallIndex,
            @Nullable Double change,
            String link) {}

    @Serdeable
    public record Waiting(
            long id,
            String key,
            String title,
            @Nullable String holder,
            Instant openedAt,
            long ageSeconds,
            String link) {}

    @Serdeable
    public record IncidentShare(
            long id, String key, String title, double wallShare, long wallTimeSeconds, String link) {}

    @Serdeable
    public record NewShadow(
            long id,
            String key,
            String name,
            String ownerTeam,
            String dataClassification,
            long discoveryLagSeconds,
            String link) {}

    /** The digest of the week that ends on {@code to}. */
    @Serdeable
    public record Digest(
            LocalDate from,
            LocalDate to,
            @Nullable Double wallIndex,
            @Nullable Double wallIndexChange,
            List<Wall> thickestWalls,
            List<Waiting> longestWaiting,
            List<IncidentShare> highestWallShare,
            List<NewShadow> newShadowSystems,
            String link) {}

    private final MetricsService metrics;
    private final JdbcOperations jdbc;
    private final NotifySettings settings;
    private final Clock clock;

    WeeklyDigest(MetricsService metrics, JdbcOperations jdbc, NotifySettings settings, Clock clock) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The digest of the seven days up to today (in the organisation's time zone). */
    @Transactional(readOnly = true)
    public Digest current() {
        return of(LocalDate.now(clock.withZone(settings.getZone())));
    }

    Digest of(LocalDate to) {
        LocalDate weekStart = to.minusDays(6);
        MetricsViews.TeamPairs now = metrics.teamPairs(to.minusDays(WINDOW_DAYS).toString(), to.toString(), null);
        MetricsViews.TeamPairs before = metrics.teamPairs(
                to.minusDays(WINDOW_DAYS + 7).toString(), to.minusDays(7).toString(), null);
        Map<String, Double> previous = new HashMap<>();
        before.pairs().forEach(p -> previous.put(p.requesterTeam() + "→" + p.responderTeam(), p.wallIndex()));
        List<Wall> walls = now.pairs().stream()
                .filter(p -> p.wallIndex() != null)
                .sorted(Comparator.comparingDouble((MetricsViews.Pair p) -> p.wallIndex())
                        .reversed())
                .limit(3)
                .map(p -> new Wall(
                        p.requesterTeam(),
                        p.responderTeam(),
                        p.wallIndex(),
                        change(p.wallIndex(), previous.get(p.requesterTeam() + "→" + p.responderTeam())),
                        settings.link("/requests?requester=" + p.requesterTeam() + "&responder=" + p.responderTeam())))
                .toList();
        Instant instant = clock.instant();
        List<Waiting> waiting = SqlQuery.list(
                jdbc,
                "SELECT r.id, r.title, r.opened_at, h.slug AS holder FROM cross_request r "
                        + "LEFT JOIN team h ON h.id = r.holder_team_id WHERE r.outcome = 'OPEN' "
                        + "ORDER BY r.opened_at, r.id FETCH FIRST 5 ROWS ONLY",
                List.of(),
                rs -> {
                    Instant opened = SqlQuery.instant(rs, "opened_at");
                    long id = rs.getLong("id");
                    return new Waiting(
                            id,
                            "REQ-" + id,
                            rs.getString("title"),
                            rs.getString("holder"),
                            opened,
                            Math.max(0, Duration.between(opened, instant).toSeconds()),
                            settings.link("/requests/" + id));
                });
        MetricsViews.Incidents incidents =
                metrics.incidents(to.minusDays(WINDOW_DAYS).toString(), to.toString(), null);
        List<IncidentShare> shares = incidents.topByWallShare().stream()
                .limit(3)
                .map(i -> new IncidentShare(
                        i.id(),
                        i.key(),
                        i.title(),
                        i.wallShare(),
                        i.wallTimeSeconds(),
                        settings.link("/incidents/" + i.id())))
                .toList();
        MetricsViews.Shadow shadow = metrics.shadow(weekStart.toString(), to.toString(), null);
        List<NewShadow> found = shadow.systems().stream()
                .map(s -> new NewShadow(
                        s.id(),
                        s.key(),
                        s.name(),
                        s.ownerTeam(),
                        s.dataClassification(),
                        s.discoveryLagSeconds(),
                        settings.link("/shadow-systems/" + s.id())))
                .toList();
        return new Digest(
                weekStart,
                to,
                now.organisation().wallIndex(),
                change(now.organisation().wallIndex(), before.organisation().wallIndex()),
                walls,
                waiting,
                shares,
                found,
                settings.link("/digest"));
    }

    /** The digest in words, for the notification's text. */
    static String text(Digest d) {
        StringBuilder b = new StringBuilder();
        b.append("Organisation wall index ").append(index(d.wallIndex()));
        if (d.wallIndexChange() != null) {
            b.append(" (").append(signed(d.wallIndexChange())).append(" on the week before)");
        }
        b.append(". ");
        if (!d.thickestWalls().isEmpty()) {
            b.append("Thickest walls: ");
            b.append(String.join(
                    "; ",
                    d.thickestWalls().stream()
                            .map(w -> w.requesterTeam() + " → " + w.responderTeam() + " " + index(w.wallIndex())
                                    + (w.change() == null ? "" : " (" + signed(w.change()) + ")"))
                            .toList()));
            b.append(". ");
        }
        if (!d.longestWaiting().isEmpty()) {
            Waiting w = d.longestWaiting().get(0);
            b.append("Longest waiting: ")
                    .append(w.key())
                    .append(" ")
                    .append(w.title())
                    .append(", ")
                    .append(w.ageSeconds() / 86_400)
                    .append(" days")
                    .append(w.holder() == null ? "" : ", with " + w.holder())
                    .append(". ");
        }
        if (!d.newShadowSystems().isEmpty()) {
            b.append(d.newShadowSystems().size())
                    .append(" shadow system")
                    .append(d.newShadowSystems().size() == 1 ? "" : "s")
                    .append(" found this week.");
        }
        return b.toString().trim();
    }

    private static @Nullable Double change(@Nullable Double now, @Nullable Double before) {
        return now == null || before == null ? null : now - before;
    }

    private static String index(@Nullable Double value) {
        return value == null ? "n/a" : Long.toString(Math.round(value));
    }

    private static String signed(double value) {
        long rounded = Math.round(value);
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + Math.abs(rounded);
    }
}

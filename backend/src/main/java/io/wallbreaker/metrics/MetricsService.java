package io.wallbreaker.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The metrics endpoints' entry point: parses the window, then serves results through {@link MetricsCache}. */
@Singleton
public class MetricsService {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsService.class);

    private final MetricsCache cache;
    private final TeamDirectory teams;
    private final Clock clock;
    private final int defaultWindowDays;

    private final boolean warmUp;
    private final io.wallbreaker.discovery.Candidates candidates;

    MetricsService(
            MetricsCache cache,
            TeamDirectory teams,
            io.wallbreaker.discovery.Candidates candidates,
            Clock clock,
            @Value("${wallbreaker.metrics.default-window-days:730}") int defaultWindowDays,
            @Value("${wallbreaker.metrics.warm-up:true}") boolean warmUp) {
        this.cache = cache;
        this.teams = teams;
        this.candidates = candidates;
        this.clock = clock;
        this.defaultWindowDays = defaultWindowDays;
        this.warmUp = warmUp;
    }

    /**
     * Computes what a dashboard asks first — every view over the default window — as soon as the
     * metrics mirror is filled, in the background: the first dashboard after a start then finds its
     * figures ready instead of waiting for the first (not yet compiled) pass over a million requests.
     */
    @EventListener
    void onStartup(StartupEvent event) {
        if (!warmUp) {
            return;
        }
        Thread warm = new Thread(
                () -> {
                    try {
                        teamPairs(null, null, null);
                        trends(null, null, null, "month");
                        incidents(null, null, null);
                        shadow(null, null, null);
                    } catch (RuntimeException e) {
                        LOG.warn("Warming the metrics up failed; the first call computes them: {}", e.toString());
                    }
                },
                "metrics-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    public MetricsViews.TeamPairs teamPairs(@Nullable String from, @Nullable String to, @Nullable String team) {
        return cached("team-pairs", from, to, team);
    }

    public MetricsViews.Heatmap heatmap(@Nullable String from, @Nullable String to, @Nullable String team) {
        return MetricsViews.Heatmap.of(teamPairs(from, to, team));
    }

    /** One pair's figures in the window; 404 when the requester asked the responder nothing in it. */
    public MetricsViews.Pair pair(
            String requester, String responder, @Nullable String from, @Nullable String to, @Nullable String team) {
        MetricsViews.TeamPairs all = teamPairs(from, to, team);
        return all.pairs().stream()
                .filter(p ->
                        p.requesterTeam().equals(requester) && p.responderTeam().equals(responder))
                .findFirst()
                .orElseThrow(() ->
                        ApiException.notFound("A request from " + requester + " to " + responder + " opened between "
                                + all.window().from() + " and " + all.window().to()));
    }

    public MetricsViews.Incidents incidents(@Nullable String from, @Nullable String to, @Nullable String team) {
        return cached("incidents", from, to, team);
    }

    public MetricsViews.Shadow shadow(@Nullable String from, @Nullable String to, @Nullable String team) {
        MetricsViews.Shadow shadow = cached("shadow", from, to, team);
        // Whole UTC days, the end inclusive, like the rest of the window.
        return shadow.withDiscovery(candidates.stats(
                shadow.window().from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                shadow.window().to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public MetricsViews.Trends trends(
            @Nullable String from, @Nullable String to, @Nullable String team, @Nullable String bucket) {
        String b = bucket == null || bucket.isBlank() ? "month" : bucket;
        if (!List.of("week", "month").contains(b)) {
            throw ApiException.invalid("bucket", "must be week or month");
        }
        return cached("trends-" + b, from, to, team);
    }

    private <T> T cached(String view, @Nullable String from, @Nullable String to, @Nullable String team) {
        MetricsCalculator.Range range = range(from, to, team);
        return cache.get(
                new MetricsCache.Key(view, range.window().from(), range.window().to(), range.teamId()));
    }

    /** Dates are whole UTC days, both ends inclusive; the default window ends today. */
    MetricsCalculator.Range range(@Nullable String from, @Nullable String to, @Nullable String team) {
        Validator v = new Validator();
        LocalDate end = v.date("to", to);
        LocalDate start = v.date("from", from);
        Long teamId = null;
        if (team != null && !team.isBlank()) {
            teamId = teams.idOf(team).orElse(null);
            if (teamId == null) {
                v.add("team", "unknown team '" + team + "'");
            }
        }
        v.throwIfInvalid();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate last = end != null ? end : today;
        LocalDate first = start != null ? start : last.minusDays(defaultWindowDays - 1L);
        if (first.isAfter(last)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        return MetricsCalculator.Range.of(first, last, teamId);
    }
}

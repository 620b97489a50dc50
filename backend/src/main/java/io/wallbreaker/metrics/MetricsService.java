package io.wallbreaker.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** The metrics endpoints' entry point: parses the window, then serves results through {@link MetricsCache}. */
@Singleton
public class MetricsService {

    private final MetricsCalculator calculator;
    private final MetricsCache cache;
    private final TeamDirectory teams;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final int defaultWindowDays;

    MetricsService(
            MetricsCalculator calculator,
            MetricsCache cache,
            TeamDirectory teams,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${wallbreaker.metrics.default-window-days:730}") int defaultWindowDays) {
        this.calculator = calculator;
        this.cache = cache;
        this.teams = teams;
        this.tx = tx;
        this.clock = clock;
        this.defaultWindowDays = defaultWindowDays;
    }

    public MetricsViews.TeamPairs teamPairs(@Nullable String from, @Nullable String to, @Nullable String team) {
        return cached("team-pairs", from, to, team, calculator::teamPairs);
    }

    public MetricsViews.Incidents incidents(@Nullable String from, @Nullable String to, @Nullable String team) {
        return cached("incidents", from, to, team, calculator::incidents);
    }

    public MetricsViews.Shadow shadow(@Nullable String from, @Nullable String to, @Nullable String team) {
        return cached("shadow", from, to, team, calculator::shadow);
    }

    public MetricsViews.Trends trends(
            @Nullable String from, @Nullable String to, @Nullable String team, @Nullable String bucket) {
        String b = bucket == null || bucket.isBlank() ? "month" : bucket;
        if (!List.of("week", "month").contains(b)) {
            throw ApiException.invalid("bucket", "must be week or month");
        }
        return cached("trends-" + b, from, to, team, range -> calculator.trends(range, b));
    }

    private <T> T cached(
            String name,
            @Nullable String from,
            @Nullable String to,
            @Nullable String team,
            Function<MetricsCalculator.Range, T> compute) {
        MetricsCalculator.Range range = range(from, to, team);
        String key = name + "|" + range.window().from() + "|" + range.window().to() + "|" + range.teamId();
        return cache.get(key, () -> tx.executeRead(status -> compute.apply(range)));
    }

    /** Dates are whole UTC days, both ends inclusive; the default window ends today. */
    MetricsCalculator.Range range(@Nullable String from, @Nullable String to, @Nullable String team) {
        Validator v = new Validator();
        LocalDate end = parse(v, "to", to);
        LocalDate start = parse(v, "from", from);
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
        return new MetricsCalculator.Range(
                first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                new MetricsViews.Window(first, last),
                teamId);
    }

    private static LocalDate parse(Validator v, String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            v.add(field, "must be an ISO date such as 2026-03-02");
            return null;
        }
    }
}

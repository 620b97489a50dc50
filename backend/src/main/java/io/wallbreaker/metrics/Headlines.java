package io.wallbreaker.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.common.Readable;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dashboard's story in three sentences, computed from the same figures as the tiles and each
 * linking to its evidence: the thickest wall, the incident a wall delayed most, and the system
 * holding customer data that nobody knew about for longest. A sentence is left out when the window
 * has nothing to say it about.
 */
@Singleton
public class Headlines {

    /** Which story a sentence tells. */
    public enum Kind {
        THICKEST_WALL,
        MOST_DELAYED_INCIDENT,
        LONGEST_UNNOTICED_CUSTOMER_DATA
    }

    /** One sentence and the app page (path and query) with its evidence. */
    @Serdeable
    public record Headline(Kind kind, String text, String link) {}

    /** {@code GET /api/metrics/headlines}. */
    @Serdeable
    public record Report(MetricsViews.Window window, List<Headline> headlines) {}

    private final MetricsService metrics;
    private final TeamDirectory teams;
    private final JdbcOperations jdbc;

    Headlines(MetricsService metrics, TeamDirectory teams, JdbcOperations jdbc) {
        this.metrics = metrics;
        this.teams = teams;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Report of(@Nullable String from, @Nullable String to, @Nullable String team) {
        MetricsViews.TeamPairs pairs = metrics.teamPairs(from, to, team);
        MetricsViews.Incidents incidents = metrics.incidents(from, to, team);
        MetricsViews.Shadow shadow = metrics.shadow(from, to, team);
        MetricsViews.Window window = pairs.window();
        List<Headline> headlines = new ArrayList<>();
        thickestWall(pairs, window).ifPresent(headlines::add);
        mostDelayedIncident(incidents).ifPresent(headlines::add);
        longestUnnoticedCustomerData(shadow).ifPresent(headlines::add);
        return new Report(window, headlines);
    }

    /** "Product Dev waits on Operations: p50 9 days, 67 % ping-pong, wall index 79". */
    private Optional<Headline> thickestWall(MetricsViews.TeamPairs pairs, MetricsViews.Window window) {
        return pairs.pairs().stream()
                .filter(p -> p.wallIndex() != null)
                .max(Comparator.comparingDouble(MetricsViews.Pair::wallIndex)
                        .thenComparingInt(MetricsViews.Pair::requests))
                .map(p -> {
                    Map<String, String> names = teams.namesBySlug(Set.of(p.requesterTeam(), p.responderTeam()));
                    List<String> figures = new ArrayList<>();
                    if (p.p50LeadSeconds() != null) {
                        figures.add("p50 " + Readable.duration(Math.round(p.p50LeadSeconds())));
                    }
                    if (p.pingPongRate() != null) {
                        figures.add(Math.round(p.pingPongRate() * 100) + " % ping-pong");
                    }
                    figures.add("wall index " + Math.round(p.wallIndex()));
                    String text = names.getOrDefault(p.requesterTeam(), p.requesterTeam()) + " waits on "
                            + names.getOrDefault(p.responderTeam(), p.responderTeam()) + ": "
                            + String.join(", ", figures);
                    String link = "/dashboard?from=" + window.from() + "&to=" + window.to() + "&pair="
                            + p.requesterTeam() + "~" + p.responderTeam();
                    return new Headline(Kind.THICKEST_WALL, text, link);
                });
    }

    /** "INC-1 spent 21 of 23 days waiting on REQ-1 (log access)". */
    private Optional<Headline> mostDelayedIncident(MetricsViews.Incidents incidents) {
        MetricsViews.IncidentRef worst = incidents.largestWallTime();
        if (worst == null || worst.wallTimeSeconds() <= 0 || worst.wallShare() <= 0) {
            return Optional.empty();
        }
        long spanSeconds = Math.round(worst.wallTimeSeconds() / worst.wallShare());
        List<String[]> linked = SqlQuery.list(
                jdbc,
                "SELECT id, kind FROM cross_request WHERE incident_id = ? "
                        + "ORDER BY waiting_responder_seconds DESC, id",
                List.of(worst.id()),
                rs -> new String[] {"REQ-" + rs.getLong(1), Readable.words(rs.getString(2))});
        String waitedOn = linked.isEmpty()
                ? "other teams"
                : linked.get(0)[0] + " (" + linked.get(0)[1] + ")"
                        + (linked.size() > 1 ? " and " + (linked.size() - 1) + " more" : "");
        String text =
                worst.key() + " spent " + sameUnit(worst.wallTimeSeconds(), spanSeconds) + " waiting on " + waitedOn;
        return Optional.of(new Headline(Kind.MOST_DELAYED_INCIDENT, text, "/incidents/" + worst.id()));
    }

    /** "checkout-app on Heroku: 11 months before Operations knew". */
    private Optional<Headline> longestUnnoticedCustomerData(MetricsViews.Shadow shadow) {
        return shadow.systems().stream()
                .filter(s -> "CUSTOMER_PII".equals(s.dataClassification()) && s.discoveryLagSeconds() > 0)
                .max(Comparator.comparingLong(MetricsViews.ShadowBar::discoveryLagSeconds))
                .flatMap(s -> SqlQuery.list(
                                jdbc,
                                "SELECT s.provider, t.name FROM shadow_system s "
                                        + "JOIN team t ON t.id = s.discovered_by_team_id WHERE s.id = ?",
                                List.of(s.id()),
                                rs -> new Headline(
                                        Kind.LONGEST_UNNOTICED_CUSTOMER_DATA,
                                        s.name() + " on " + rs.getString(1) + ": "
                                                + Readable.duration(s.discoveryLagSeconds()) + " before "
                                                + rs.getString(2) + " knew",
                                        "/shadow-systems/" + s.id()))
                        .stream()
                        .findFirst());
    }

    /** "21 of 23 days": both numbers in the unit the larger one reads best in. */
    static String sameUnit(long part, long whole) {
        String wholeText = Readable.duration(whole);
        String unit = wholeText.substring(wholeText.indexOf(' ') + 1);
        double seconds = switch (unit) {
            case "minute", "minutes" -> 60;
            case "hour", "hours" -> 3_600;
            case "day", "days" -> 86_400;
            case "month", "months" -> 30.4375 * 86_400;
            default -> 365.25 * 86_400;
        };
        long partInUnit = Math.round(part / seconds);
        String number = wholeText.substring(0, wholeText.indexOf(' '));
        return partInUnit + " of " + number + " " + (unit.endsWith("s") ? unit : unit + "s");
    }
}

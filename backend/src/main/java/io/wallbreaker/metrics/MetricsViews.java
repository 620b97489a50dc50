package io.wallbreaker.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the metrics API (docs/API.md "Wall metrics"). */
public final class MetricsViews {

    private MetricsViews() {}

    /** The window the figures were computed over: {@code [from, to]} as dates, both inclusive. */
    @Serdeable
    public record Window(LocalDate from, LocalDate to) {}

    /** One requester → responder pair. */
    @Serdeable
    public record Pair(
            String requesterTeam,
            String responderTeam,
            int requests,
            int closed,
            int open,
            @Nullable Double p50LeadSeconds,
            @Nullable Double p85LeadSeconds,
            @Nullable Double p95LeadSeconds,
            @Nullable Double p50FirstResponseSeconds,
            @Nullable Double flowEfficiency,
            @Nullable Double pingPongRate,
            @Nullable Double meanHandoffs,
            @Nullable Double declineRate,
            @Nullable Double olaBreachRate,
            int shadowSystems,
            long targetSeconds,
            @Nullable Double s1,
            @Nullable Double s2,
            @Nullable Double s3,
            @Nullable Double s4,
            @Nullable Double s5,
            @Nullable Double wallIndex) {}

    /** Organisation-wide totals and the volume-weighted wall index. */
    @Serdeable
    public record Organisation(
            @Nullable Double wallIndex,
            int requests,
            int closed,
            int open,
            @Nullable Double p50LeadSeconds,
            @Nullable Double p85LeadSeconds,
            @Nullable Double pingPongRate) {}

    /** {@code GET /api/metrics/team-pairs}. */
    @Serdeable
    public record TeamPairs(Window window, WallWeights weights, Organisation organisation, List<Pair> pairs) {}

    /** One heatmap cell: indexes into {@link Heatmap#teams()} and the figures the cell shows. */
    @Serdeable
    public record HeatCell(
            int requester, int responder, @Nullable Double wallIndex, int requests, int closed) {}

    /**
     * {@code GET /api/metrics/team-pairs/heatmap}: what the dashboard draws, compact (teams named
     * once, a cell per pair with requests); a pair's other figures come from {@code
     * /team-pairs/{requester}/{responder}} when asked for.
     */
    @Serdeable
    public record Heatmap(
            Window window, WallWeights weights, Organisation organisation, List<String> teams, List<HeatCell> cells) {

        static Heatmap of(TeamPairs full) {
            java.util.TreeSet<String> slugs = new java.util.TreeSet<>();
            full.pairs().forEach(p -> {
                slugs.add(p.requesterTeam());
                slugs.add(p.responderTeam());
            });
            List<String> teams = List.copyOf(slugs);
            java.util.Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < teams.size(); i++) {
                index.put(teams.get(i), i);
            }
            List<HeatCell> cells = full.pairs().stream()
                    .map(p -> new HeatCell(
                            index.get(p.requesterTeam()),
                            index.get(p.responderTeam()),
                            p.wallIndex(),
                            p.requests(),
                            p.closed()))
                    .toList();
            return new Heatmap(full.window(), full.weights(), full.organisation(), teams, cells);
        }
    }

    /** An incident named by a metric. */
    @Serdeable
    public record IncidentRef(long id, String key, String title, long wallTimeSeconds, double wallShare) {}

    /** {@code GET /api/metrics/incidents}. */
    @Serdeable
    public record Incidents(
            Window window,
            int incidents,
            int accessDelayed,
            @Nullable Double accessDelayedShare,
            @Nullable Double p50WallShare,
            @Nullable Double p85WallShare,
            @Nullable Double p50TimeToResolveSeconds,
            @Nullable Double p50TimeToRootCauseSeconds,
            @Nullable IncidentRef largestWallTime,
            List<IncidentRef> topByWallShare) {}

    /** A motivating request on the shadow timeline. */
    @Serdeable
    public record Motive(long id, String key, Instant openedAt) {}

    /** One bar of the shadow-system timeline. */
    @Serdeable
    public record ShadowBar(
            long id,
            String key,
            String name,
            String ownerTeam,
            String dataClassification,
            Instant firstLiveAt,
            Instant discoveredAt,
            long discoveryLagSeconds,
            boolean amnesty,
            List<Motive> motivatedBy) {}

    /** The system nobody knew about for longest. */
    @Serdeable
    public record Unnoticed(
            long id,
            String key,
            String name,
            String provider,
            String ownerTeam,
            String dataClassification,
            long discoveryLagSeconds) {}

    /** {@code GET /api/metrics/shadow}. */
    @Serdeable
    public record Shadow(
            Window window,
            int total,
            Map<String, Integer> byStatus,
            Map<String, Integer> byClassification,
            Map<String, Integer> byMethod,
            @Nullable Double p50DiscoveryLagSeconds,
            @Nullable Double p85DiscoveryLagSeconds,
            long exposureSeconds,
            long customerDataExposureSeconds,
            @Nullable Double goAroundRate,
            @Nullable Unnoticed longestUnnoticed,
            List<ShadowBar> systems,
            @Nullable io.wallbreaker.discovery.DiscoveryViews.Stats discovery) {

        /** The same figures with the discovery figures of the window (computed apart: they are not in the mirror). */
        public Shadow withDiscovery(io.wallbreaker.discovery.DiscoveryViews.Stats stats) {
            return new Shadow(
                    window,
                    total,
                    byStatus,
                    byClassification,
                    byMethod,
                    p50DiscoveryLagSeconds,
                    p85DiscoveryLagSeconds,
                    exposureSeconds,
                    customerDataExposureSeconds,
                    goAroundRate,
                    longestUnnoticed,
                    systems,
                    stats);
        }
    }

    /** One bucket of the trends. */
    @Serdeable
    public record Bucket(
            LocalDate start,
            int requestsOpened,
            @Nullable Double p50LeadSeconds,
            @Nullable Double pingPongRate,
            int incidents,
            int shadowDiscovered) {}

    /** {@code GET /api/metrics/trends}. */
    @Serdeable
    public record Trends(Window window, String bucket, List<Bucket> buckets) {}
}

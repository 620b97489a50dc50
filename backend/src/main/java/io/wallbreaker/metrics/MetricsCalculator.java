package io.wallbreaker.metrics;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.common.Durations;
import io.wallbreaker.incident.IncidentDirectory;
import io.wallbreaker.incident.IncidentWallTime;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes every metric of docs/METRICS.md exactly for one window, from {@link MetricsMirror}: a
 * pass over the in-memory columns instead of re-reading the tables. Only unresolved incidents
 * (whose wall time grows with the clock) and the titles of the incidents a metric names are read
 * from the database, a handful of rows.
 */
@Singleton
class MetricsCalculator {

    /** At most this many systems on the shadow timeline ({@code systems}); the figures count them all. */
    static final int TIMELINE_BARS = 200;

    private static final long DAY_MS = 86_400_000L;

    private final MetricsMirror mirror;
    private final MetricsStore store;
    private final IncidentWallTime wallTime;
    private final WallWeights weights;

    MetricsCalculator(MetricsMirror mirror, MetricsStore store, IncidentWallTime wallTime, WallWeights weights) {
        this.mirror = mirror;
        this.store = store;
        this.wallTime = wallTime;
        this.weights = weights;
    }

    /** A half-open instant range plus the dates it was asked as. */
    record Range(Instant from, Instant to, MetricsViews.Window window, Long teamId) {

        /** Whole UTC days {@code [first, last]}. */
        static Range of(LocalDate first, LocalDate last, Long teamId) {
            return new Range(
                    first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    new MetricsViews.Window(first, last),
                    teamId);
        }

        long fromMs() {
            return from.toEpochMilli();
        }

        long toMs() {
            return to.toEpochMilli();
        }

        boolean holds(long epochMs) {
            return epochMs >= fromMs() && epochMs < toMs();
        }
    }

    /** The result a cache key stands for. */
    Object compute(MetricsCache.Key key) {
        Range range = Range.of(key.from(), key.to(), key.teamId());
        return switch (key.view()) {
            case "team-pairs" -> teamPairs(range);
            case "incidents" -> incidents(range);
            case "shadow" -> shadow(range);
            case "trends-week" -> trends(range, "week");
            case "trends-month" -> trends(range, "month");
            default -> throw new IllegalArgumentException("unknown metrics view " + key.view());
        };
    }

    MetricsViews.TeamPairs teamPairs(Range range) {
        return mirror.read(view -> teamPairs(view, range));
    }

    private MetricsViews.TeamPairs teamPairs(MetricsMirror.View view, Range range) {
        Map<Long, String> slugs = view.teamSlugs();
        Map<Long, Map<String, Long>> targetsByPair = new HashMap<>();
        Map<Long, Long> pairTargets = new HashMap<>();
        view.olaTargets().forEach((key, seconds) -> {
            String[] parts = key.split("\\|");
            long pair = pairId(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            targetsByPair.computeIfAbsent(pair, k -> new HashMap<>()).put(parts[2], seconds);
            pairTargets.merge(pair, seconds, Math::min);
        });
        // Keyed by a numeric pair id: building and hashing key strings for a million requests cost
        // more than the arithmetic itself.
        Map<Long, PairAccumulator> byPair = new HashMap<>();
        Map<Long, long[]> teamsOf = new HashMap<>();
        PairAccumulator all = new PairAccumulator();
        RequestColumns r = view.requests();
        long from = range.fromMs();
        long to = range.toMs();
        long team = range.teamId() == null ? -1 : range.teamId();
        for (int id = 0, end = r.end(); id < end; id++) {
            if (!r.present(id) || r.openedAtMs(id) < from || r.openedAtMs(id) >= to) {
                continue;
            }
            int requester = r.requester(id);
            int responder = r.responder(id);
            if (team >= 0 && requester != team && responder != team) {
                continue;
            }
            long pairId = pairId(requester, responder);
            Map<String, Long> kinds = targetsByPair.get(pairId);
            Long target = kinds == null ? null : kinds.get(r.kind(id));
            long t = target == null ? -1 : target;
            PairAccumulator pair = byPair.get(pairId);
            if (pair == null) {
                pair = new PairAccumulator();
                byPair.put(pairId, pair);
                teamsOf.put(pairId, new long[] {requester, responder});
            }
            pair.add(r.lead(id), r.firstResponse(id), r.active(id), r.handoffs(id), r.pingPong(id), r.declined(id), t);
            all.add(r.lead(id), r.firstResponse(id), r.active(id), r.handoffs(id), r.pingPong(id), r.declined(id), t);
        }
        // Each shadow system counts once per (owner, team asked) pair among its motivating requests in the window.
        for (MetricsMirror.ShadowFact s : view.shadowSystems()) {
            Set<Long> counted = new HashSet<>();
            for (long requestId : s.requests()) {
                int id = (int) requestId;
                if (id < r.end() && r.present(id) && range.holds(r.openedAtMs(id))) {
                    long pairId = pairId(s.row().ownerId(), r.responder(id));
                    PairAccumulator pair = byPair.get(pairId);
                    if (pair != null && counted.add(pairId)) {
                        pair.shadowSystems++;
                    }
                }
            }
        }
        List<MetricsViews.Pair> rows = new ArrayList<>();
        double weighted = 0;
        int weight = 0;
        for (Map.Entry<Long, PairAccumulator> e : byPair.entrySet()) {
            long[] teams = teamsOf.get(e.getKey());
            MetricsViews.Pair pair =
                    e.getValue().toPair(slugs.get(teams[0]), slugs.get(teams[1]), pairTargets.get(e.getKey()), weights);
            rows.add(pair);
            if (pair.wallIndex() != null) {
                weighted += pair.wallIndex() * pair.closed();
                weight += pair.closed();
            }
        }
        rows.sort(
                Comparator.comparing(MetricsViews.Pair::requesterTeam).thenComparing(MetricsViews.Pair::responderTeam));
        MetricsViews.Organisation org = new MetricsViews.Organisation(
                weight == 0 ? null : weighted / weight,
                all.requests,
                all.closed,
                all.requests - all.closed,
                all.leadTimes.percentile(0.50),
                all.leadTimes.percentile(0.85),
                all.closed == 0 ? null : (double) all.pingPongClosed / all.closed);
        return new MetricsViews.TeamPairs(range.window(), weights, org, rows);
    }

    /**
     * A pair as one map key. Team ids are identity values far below 2^32, so both fit one long; the
     * odd multiplier keeps keys distinct while spreading them, because {@code Long.hashCode} XORs the
     * two halves and plain {@code requester << 32 | responder} keys would share a few hash buckets.
     */
    private static long pairId(long requesterId, long responderId) {
        return ((requesterId << 32) | responderId) * 0x9E37_79B9_7F4A_7C15L;
    }

    MetricsViews.Incidents incidents(Range range) {
        List<MetricsMirror.IncidentFact> window = mirror.read(view -> view.incidents().stream()
                .filter(i -> range.holds(i.detectedAt().toEpochMilli()))
                .filter(i -> range.teamId() == null || i.involves(range.teamId()))
                .toList());
        // Unresolved incidents' wall time grows with the clock: computed now, by the one computation.
        Map<Long, IncidentWallTime.WallTime> live = wallTime.of(window.stream()
                .filter(i -> i.wall() == null)
                .map(MetricsMirror.IncidentFact::span)
                .toList());
        double[] shares = new double[window.size()];
        LongList resolve = new LongList();
        LongList rootCause = new LongList();
        List<MetricsViews.IncidentRef> refs = new ArrayList<>();
        int delayed = 0;
        int n = 0;
        for (MetricsMirror.IncidentFact inc : window) {
            IncidentWallTime.WallTime wall = inc.wall() != null ? inc.wall() : live.get(inc.id());
            if (wall.linked()) {
                delayed++;
                refs.add(new MetricsViews.IncidentRef(
                        inc.id(), IncidentDirectory.key(inc.id()), null, wall.wallTimeSeconds(), wall.wallShare()));
            }
            shares[n++] = wall.wallShare();
            if (inc.resolvedAt() != null) {
                resolve.add(Durations.between(inc.detectedAt(), inc.resolvedAt()));
            }
            if (inc.rootCauseAt() != null) {
                rootCause.add(Durations.between(inc.detectedAt(), inc.rootCauseAt()));
            }
        }
        MetricsViews.IncidentRef largest = refs.stream()
                .max(Comparator.comparingLong(MetricsViews.IncidentRef::wallTimeSeconds)
                        .thenComparing(MetricsViews.IncidentRef::id, Comparator.reverseOrder()))
                .orElse(null);
        List<MetricsViews.IncidentRef> top = refs.stream()
                .sorted(Comparator.comparingDouble(MetricsViews.IncidentRef::wallShare)
                        .reversed()
                        .thenComparing(MetricsViews.IncidentRef::id))
                .limit(5)
                .toList();
        // Titles only for the incidents named.
        Set<Long> named = new HashSet<>();
        top.forEach(ref -> named.add(ref.id()));
        if (largest != null) {
            named.add(largest.id());
        }
        Map<Long, String> titles = named.isEmpty() ? Map.of() : store.incidentTitles(named);
        return new MetricsViews.Incidents(
                range.window(),
                n,
                delayed,
                n == 0 ? null : (double) delayed / n,
                Percentiles.cont(shares, n, 0.50),
                Percentiles.cont(shares, n, 0.85),
                resolve.percentile(0.50),
                rootCause.percentile(0.50),
                largest == null ? null : titled(largest, titles),
                top.stream().map(ref -> titled(ref, titles)).toList());
    }

    private static MetricsViews.IncidentRef titled(MetricsViews.IncidentRef ref, Map<Long, String> titles) {
        return new MetricsViews.IncidentRef(
                ref.id(), ref.key(), titles.get(ref.id()), ref.wallTimeSeconds(), ref.wallShare());
    }

    MetricsViews.Shadow shadow(Range range) {
        return mirror.read(view -> shadow(view, range));
    }

    private MetricsViews.Shadow shadow(MetricsMirror.View view, Range range) {
        Map<Long, String> slugs = view.teamSlugs();
        Map<String, Long> targets = view.olaTargets();
        RequestColumns r = view.requests();
        List<MetricsMirror.ShadowFact> systems = view.shadowSystems().stream()
                .filter(s -> range.holds(s.row().discoveredAt().toEpochMilli()))
                .filter(s -> range.teamId() == null || s.row().ownerId() == range.teamId())
                .sorted(Comparator.comparingLong(s -> s.row().id()))
                .toList();
        // The go-around test compares a motivating request with its pair's OLA target, or without
        // one with the p85 of all the pair's closed lead times (every window, not just this one).
        Set<Long> needP85 = new HashSet<>();
        for (MetricsMirror.ShadowFact s : systems) {
            for (long requestId : s.requests()) {
                int id = (int) requestId;
                if (id < r.end()
                        && r.present(id)
                        && !r.declined(id)
                        && r.lead(id) != RequestColumns.NONE
                        && target(targets, r, id) == null) {
                    needP85.add(pairId(r.requester(id), r.responder(id)));
                }
            }
        }
        Map<Long, Double> pairP85 = closedLeadP85(r, needP85);
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byClassification = new TreeMap<>();
        Map<String, Integer> byMethod = new TreeMap<>();
        int n = systems.size();
        long[] lags = new long[n];
        long exposure = 0;
        long customerExposure = 0;
        int goAround = 0;
        List<MetricsViews.ShadowBar> bars = new ArrayList<>();
        MetricsStore.ShadowRow longest = null;
        long longestLag = 0;
        for (int i = 0; i < n; i++) {
            MetricsStore.ShadowRow s = systems.get(i).row();
            long lag = Durations.seconds(Duration.between(s.firstLiveAt(), s.discoveredAt()));
            lags[i] = lag;
            exposure += lag;
            if ("CUSTOMER_PII".equals(s.classification())) {
                customerExposure += lag;
            }
            byStatus.merge(s.status(), 1, Integer::sum);
            byClassification.merge(s.classification(), 1, Integer::sum);
            byMethod.merge(s.method(), 1, Integer::sum);
            List<MetricsViews.Motive> motives = new ArrayList<>();
            boolean around = false;
            for (long requestId : systems.get(i).requests()) {
                int id = (int) requestId;
                if (id >= r.end() || !r.present(id)) {
                    continue;
                }
                motives.add(
                        new MetricsViews.Motive(requestId, "REQ-" + requestId, Instant.ofEpochMilli(r.openedAtMs(id))));
                around |= wentAround(r, id, target(targets, r, id), pairP85);
            }
            motives.sort(Comparator.comparing(MetricsViews.Motive::openedAt).thenComparing(MetricsViews.Motive::id));
            if (around) {
                goAround++;
            }
            boolean amnesty = "SELF_REPORTED".equals(s.method());
            if (!amnesty && (longest == null || lag > longestLag)) {
                longest = s;
                longestLag = lag;
            }
            bars.add(new MetricsViews.ShadowBar(
                    s.id(),
                    "SHD-" + s.id(),
                    s.name(),
                    slugs.get(s.ownerId()),
                    s.classification(),
                    s.firstLiveAt(),
                    s.discoveredAt(),
                    lag,
                    amnesty,
                    motives));
        }
        if (bars.size() > TIMELINE_BARS) {
            // A timeline of thousands of bars helps nobody (and weighs megabytes): keep the longest-unnoticed.
            bars.sort(Comparator.comparingLong(MetricsViews.ShadowBar::discoveryLagSeconds)
                    .reversed()
                    .thenComparing(MetricsViews.ShadowBar::id));
            bars = new ArrayList<>(bars.subList(0, TIMELINE_BARS));
        }
        bars.sort(Comparator.comparing(MetricsViews.ShadowBar::firstLiveAt).thenComparing(MetricsViews.ShadowBar::id));
        MetricsViews.Unnoticed unnoticed = longest == null
                ? null
                : new MetricsViews.Unnoticed(
                        longest.id(),
                        "SHD-" + longest.id(),
                        longest.name(),
                        longest.provider(),
                        slugs.get(longest.ownerId()),
                        longest.classification(),
                        longestLag);
        return new MetricsViews.Shadow(
                range.window(),
                n,
                byStatus,
                byClassification,
                byMethod,
                Percentiles.cont(lags, n, 0.50),
                Percentiles.cont(lags, n, 0.85),
                exposure,
                customerExposure,
                n == 0 ? null : (double) goAround / n,
                unnoticed,
                bars,
                null);
    }

    private static @Nullable Long target(Map<String, Long> targets, RequestColumns r, int id) {
        return targets.get(r.requester(id) + "|" + r.responder(id) + "|" + r.kind(id));
    }

    /** Declined, or closed later than the OLA target (without one: than the pair's p85 lead time). */
    private static boolean wentAround(RequestColumns r, int id, @Nullable Long target, Map<Long, Double> pairP85) {
        if (r.declined(id)) {
            return true;
        }
        int lead = r.lead(id);
        if (lead == RequestColumns.NONE) {
            return false;
        }
        if (target != null) {
            return lead > target;
        }
        Double p85 = pairP85.get(pairId(r.requester(id), r.responder(id)));
        return p85 != null && lead > p85;
    }

    /** The p85 of all closed lead times of each pair asked for, in one pass over the columns. */
    private static Map<Long, Double> closedLeadP85(RequestColumns r, Set<Long> pairs) {
        Map<Long, Double> p85 = new HashMap<>();
        if (pairs.isEmpty()) {
            return p85;
        }
        Map<Long, LongList> leads = new HashMap<>();
        pairs.forEach(id -> leads.put(id, new LongList()));
        for (int id = 0, end = r.end(); id < end; id++) {
            if (r.present(id) && r.lead(id) != RequestColumns.NONE) {
                LongList list = leads.get(pairId(r.requester(id), r.responder(id)));
                if (list != null) {
                    list.add(r.lead(id));
                }
            }
        }
        leads.forEach((id, list) -> p85.put(id, list.percentile(0.85)));
        return p85;
    }

    MetricsViews.Trends trends(Range range, String bucket) {
        return mirror.read(view -> trends(view, range, bucket));
    }

    private MetricsViews.Trends trends(MetricsMirror.View view, Range range, String bucket) {
        boolean weekly = "week".equals(bucket);
        List<LocalDate> starts = new ArrayList<>();
        LocalDate first = bucketStart(range.from(), weekly);
        LocalDate last = bucketStart(range.to().minusSeconds(1), weekly);
        for (LocalDate d = first; !d.isAfter(last); d = weekly ? d.plusWeeks(1) : d.plusMonths(1)) {
            starts.add(d);
        }
        // Day of the window → bucket number, so a million requests need no date arithmetic.
        long firstDay = range.window().from().toEpochDay();
        int days = (int) (range.window().to().toEpochDay() - firstDay + 1);
        int[] bucketOfDay = new int[days];
        for (int d = 0, b = 0; d < days; d++) {
            LocalDate date = LocalDate.ofEpochDay(firstDay + d);
            while (b + 1 < starts.size() && !starts.get(b + 1).isAfter(date)) {
                b++;
            }
            bucketOfDay[d] = b;
        }
        PairAccumulator[] requests = new PairAccumulator[starts.size()];
        for (int b = 0; b < requests.length; b++) {
            requests[b] = new PairAccumulator();
        }
        int[] incidents = new int[starts.size()];
        int[] shadow = new int[starts.size()];
        RequestColumns r = view.requests();
        long team = range.teamId() == null ? -1 : range.teamId();
        for (int id = 0, end = r.end(); id < end; id++) {
            if (!r.present(id) || !range.holds(r.openedAtMs(id))) {
                continue;
            }
            if (team >= 0 && r.requester(id) != team && r.responder(id) != team) {
                continue;
            }
            int day = (int) (Math.floorDiv(r.openedAtMs(id), DAY_MS) - firstDay);
            requests[bucketOfDay[day]].add(r.lead(id), RequestColumns.NONE, 0, 0, r.pingPong(id), r.declined(id), -1);
        }
        for (MetricsMirror.IncidentFact i : view.incidents()) {
            long at = i.detectedAt().toEpochMilli();
            if (range.holds(at) && (range.teamId() == null || i.involves(range.teamId()))) {
                incidents[bucketOfDay[(int) (Math.floorDiv(at, DAY_MS) - firstDay)]]++;
            }
        }
        for (MetricsMirror.ShadowFact s : view.shadowSystems()) {
            long at = s.row().discoveredAt().toEpochMilli();
            if (range.holds(at) && (range.teamId() == null || s.row().ownerId() == range.teamId())) {
                shadow[bucketOfDay[(int) (Math.floorDiv(at, DAY_MS) - firstDay)]]++;
            }
        }
        List<MetricsViews.Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < starts.size(); b++) {
            PairAccumulator a = requests[b];
            buckets.add(new MetricsViews.Bucket(
                    starts.get(b),
                    a.requests,
                    a.leadTimes.percentile(0.50),
                    a.closed == 0 ? null : (double) a.pingPongClosed / a.closed,
                    incidents[b],
                    shadow[b]));
        }
        return new MetricsViews.Trends(range.window(), weekly ? "week" : "month", buckets);
    }

    /** Weeks start on Monday, months on the 1st, in UTC. */
    static LocalDate bucketStart(Instant instant, boolean weekly) {
        LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return weekly ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date.withDayOfMonth(1);
    }
}

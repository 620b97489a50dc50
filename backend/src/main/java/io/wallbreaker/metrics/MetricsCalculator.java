package io.wallbreaker.metrics;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes every metric of docs/METRICS.md exactly from the stored records of one window. */
@Singleton
class MetricsCalculator {

    /** At most this many systems on the shadow timeline ({@code systems}); the figures count them all. */
    static final int TIMELINE_BARS = 200;

    private final MetricsStore store;
    private final IncidentWallTime wallTime;
    private final WallWeights weights;

    MetricsCalculator(MetricsStore store, IncidentWallTime wallTime, WallWeights weights) {
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
        Map<Long, String> slugs = store.teamSlugs();
        Map<String, Long> targets = store.olaTargets();
        Map<String, Long> pairTargets = new HashMap<>();
        targets.forEach(
                (key, seconds) -> pairTargets.merge(key.substring(0, key.lastIndexOf('|')), seconds, Math::min));
        Map<String, PairAccumulator> pairs = new TreeMap<>();
        // Per-row lookups by a numeric pair key: building and hashing key strings for a million rows
        // cost more than the arithmetic itself. The string-keyed maps serve the once-per-pair work.
        Map<Long, PairAccumulator> byPair = new HashMap<>();
        Map<Long, Map<String, Long>> targetsByPair = new HashMap<>();
        targets.forEach((key, seconds) -> {
            String[] parts = key.split("\\|");
            targetsByPair
                    .computeIfAbsent(pairId(Long.parseLong(parts[0]), Long.parseLong(parts[1])), k -> new HashMap<>())
                    .put(parts[2], seconds);
        });
        PairAccumulator all = new PairAccumulator();
        store.requests(range.from(), range.to(), range.teamId(), r -> {
            long pairId = pairId(r.requesterId(), r.responderId());
            Map<String, Long> pairKinds = targetsByPair.get(pairId);
            Long target = pairKinds == null ? null : pairKinds.get(r.kind());
            PairAccumulator pair = byPair.get(pairId);
            if (pair == null) {
                pair = new PairAccumulator();
                byPair.put(pairId, pair);
                pairs.put(r.requesterId() + "|" + r.responderId(), pair);
            }
            pair.add(r.leadTime(), r.firstResponse(), r.active(), r.handoffs(), r.pingPong(), r.outcome(), target);
            all.add(r.leadTime(), r.firstResponse(), r.active(), r.handoffs(), r.pingPong(), r.outcome(), target);
        });
        store.shadowLinks(range.from(), range.to(), link -> {
            PairAccumulator pair = pairs.get(link.ownerId() + "|" + link.responderId());
            if (pair != null) {
                pair.shadowSystems++;
            }
        });
        List<MetricsViews.Pair> rows = new ArrayList<>();
        double weighted = 0;
        int weight = 0;
        for (Map.Entry<String, PairAccumulator> e : pairs.entrySet()) {
            String[] ids = e.getKey().split("\\|");
            MetricsViews.Pair pair = e.getValue()
                    .toPair(
                            slugs.get(Long.parseLong(ids[0])),
                            slugs.get(Long.parseLong(ids[1])),
                            pairTargets.get(e.getKey()),
                            weights);
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
        List<MetricsStore.IncidentRow> incidents = new ArrayList<>();
        store.incidents(range.from(), range.to(), range.teamId(), incidents::add);
        Map<Long, IncidentWallTime.WallTime> walls = wallTime.of(incidents.stream()
                .map(i -> new IncidentWallTime.Span(i.id(), i.detectedAt(), i.resolvedAt()))
                .toList());
        double[] shares = new double[incidents.size()];
        LongList resolve = new LongList();
        LongList rootCause = new LongList();
        List<MetricsViews.IncidentRef> refs = new ArrayList<>();
        int delayed = 0;
        int n = 0;
        for (MetricsStore.IncidentRow inc : incidents) {
            IncidentWallTime.WallTime wall = walls.get(inc.id());
            if (wall.linked()) {
                delayed++;
                refs.add(new MetricsViews.IncidentRef(
                        inc.id(),
                        IncidentDirectory.key(inc.id()),
                        inc.title(),
                        wall.wallTimeSeconds(),
                        wall.wallShare()));
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
        return new MetricsViews.Incidents(
                range.window(),
                n,
                delayed,
                n == 0 ? null : (double) delayed / n,
                Percentiles.cont(shares, n, 0.50),
                Percentiles.cont(shares, n, 0.85),
                resolve.percentile(0.50),
                rootCause.percentile(0.50),
                largest,
                top);
    }

    MetricsViews.Shadow shadow(Range range) {
        Map<Long, String> slugs = store.teamSlugs();
        List<MetricsStore.ShadowRow> systems = new ArrayList<>();
        store.shadowSystems(range.from(), range.to(), range.teamId(), systems::add);
        Map<Long, List<MetricsViews.Motive>> motives = new HashMap<>();
        Map<Long, Boolean> wentAround = new HashMap<>();
        List<MetricsStore.MotiveRow> motiveRows = new ArrayList<>();
        store.shadowMotives(range.from(), range.to(), m -> {
            motives.computeIfAbsent(m.systemId(), k -> new ArrayList<>())
                    .add(new MetricsViews.Motive(m.requestId(), "REQ-" + m.requestId(), m.openedAt()));
            motiveRows.add(m);
        });
        Map<Long, long[]> needP85 = new HashMap<>();
        for (MetricsStore.MotiveRow m : motiveRows) {
            if (!"DECLINED".equals(m.outcome()) && m.leadTime() != null && m.target() == null) {
                needP85.put(pairId(m.requesterId(), m.responderId()), new long[] {m.requesterId(), m.responderId()});
            }
        }
        Map<Long, Double> pairP85 = closedLeadP85(needP85);
        for (MetricsStore.MotiveRow m : motiveRows) {
            boolean around = "DECLINED".equals(m.outcome());
            if (!around && m.leadTime() != null) {
                if (m.target() != null) {
                    around = m.leadTime() > m.target();
                } else {
                    Double p85 = pairP85.get(pairId(m.requesterId(), m.responderId()));
                    around = p85 != null && m.leadTime() > p85;
                }
            }
            wentAround.merge(m.systemId(), around, Boolean::logicalOr);
        }
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byClassification = new TreeMap<>();
        Map<String, Integer> byMethod = new TreeMap<>();
        long[] lags = new long[systems.size()];
        long exposure = 0;
        long customerExposure = 0;
        int goAround = 0;
        List<MetricsViews.ShadowBar> bars = new ArrayList<>();
        MetricsStore.ShadowRow longest = null;
        long longestLag = 0;
        for (int i = 0; i < systems.size(); i++) {
            MetricsStore.ShadowRow s = systems.get(i);
            long lag = Durations.seconds(Duration.between(s.firstLiveAt(), s.discoveredAt()));
            lags[i] = lag;
            exposure += lag;
            if ("CUSTOMER_PII".equals(s.classification())) {
                customerExposure += lag;
            }
            byStatus.merge(s.status(), 1, Integer::sum);
            byClassification.merge(s.classification(), 1, Integer::sum);
            byMethod.merge(s.method(), 1, Integer::sum);
            if (Boolean.TRUE.equals(wentAround.get(s.id()))) {
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
                    motives.getOrDefault(s.id(), List.of())));
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
        int n = systems.size();
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
                bars);
    }

    /**
     * The p85 of all closed lead times of each pair asked for. A few pairs are read through the pair
     * index; for many, one pass over all closed requests is far cheaper than hundreds of index scans
     * that together touch most of the table.
     */
    private Map<Long, Double> closedLeadP85(Map<Long, long[]> pairs) {
        Map<Long, Double> p85 = new HashMap<>();
        if (pairs.size() <= 8) {
            pairs.forEach((id, teams) ->
                    p85.put(id, store.closedLeadTimes(teams[0], teams[1]).percentile(0.85)));
            return p85;
        }
        Map<Long, LongList> leads = new HashMap<>();
        pairs.keySet().forEach(id -> leads.put(id, new LongList()));
        store.allClosedLeadTimes(c -> {
            LongList list = leads.get(pairId(c.requesterId(), c.responderId()));
            if (list != null) {
                list.add(c.leadTime());
            }
        });
        leads.forEach((id, list) -> p85.put(id, list.percentile(0.85)));
        return p85;
    }

    MetricsViews.Trends trends(Range range, String bucket) {
        boolean weekly = "week".equals(bucket);
        TreeMap<LocalDate, PairAccumulator> requests = new TreeMap<>();
        TreeMap<LocalDate, int[]> incidents = new TreeMap<>();
        TreeMap<LocalDate, int[]> shadow = new TreeMap<>();
        LocalDate first = bucketStart(range.from(), weekly);
        LocalDate last = bucketStart(range.to().minusSeconds(1), weekly);
        for (LocalDate d = first; !d.isAfter(last); d = weekly ? d.plusWeeks(1) : d.plusMonths(1)) {
            requests.put(d, new PairAccumulator());
            incidents.put(d, new int[1]);
            shadow.put(d, new int[1]);
        }
        store.requests(
                range.from(),
                range.to(),
                range.teamId(),
                r -> requests.get(bucketStart(r.openedAt(), weekly))
                        .add(r.leadTime(), null, 0, 0, r.pingPong(), r.outcome(), null));
        store.incidents(
                range.from(), range.to(), range.teamId(), i -> incidents.get(bucketStart(i.detectedAt(), weekly))[0]++);
        store.shadowSystems(
                range.from(),
                range.to(),
                range.teamId(),
                sys -> shadow.get(bucketStart(sys.discoveredAt(), weekly))[0]++);
        List<MetricsViews.Bucket> buckets = new ArrayList<>();
        for (Map.Entry<LocalDate, PairAccumulator> e : requests.entrySet()) {
            PairAccumulator a = e.getValue();
            buckets.add(new MetricsViews.Bucket(
                    e.getKey(),
                    a.requests,
                    a.leadTimes.percentile(0.50),
                    a.closed == 0 ? null : (double) a.pingPongClosed / a.closed,
                    incidents.get(e.getKey())[0],
                    shadow.get(e.getKey())[0]));
        }
        return new MetricsViews.Trends(range.window(), weekly ? "week" : "month", buckets);
    }

    /** Weeks start on Monday, months on the 1st, in UTC. */
    static LocalDate bucketStart(Instant instant, boolean weekly) {
        LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return weekly ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date.withDayOfMonth(1);
    }
}

package io.wallbreaker.metrics;

import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.request.EventType;
import io.wallbreaker.request.OpenIntervals;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes every metric of DOMAIN.md exactly from the stored records of one window. */
@Singleton
class MetricsCalculator {

    /** At most this many systems on the shadow timeline ({@code systems}); the figures count them all. */
    static final int TIMELINE_BARS = 200;

    private final MetricsStore store;
    private final WallWeights weights;
    private final Clock clock;

    MetricsCalculator(MetricsStore store, WallWeights weights, Clock clock) {
        this.store = store;
        this.weights = weights;
        this.clock = clock;
    }

    /** A half-open instant range plus the dates it was asked as. */
    record Range(Instant from, Instant to, MetricsViews.Window window, Long teamId) {}

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
        store.requests(range.from(), range.to(), range.teamId(), rs -> {
            long rq = rs.getLong(1);
            long rs2 = rs.getLong(2);
            long pairId = pairId(rq, rs2);
            Map<String, Long> pairKinds = targetsByPair.get(pairId);
            Long target = pairKinds == null ? null : pairKinds.get(rs.getString(3));
            long lead = rs.getLong(5);
            Long leadTime = rs.wasNull() ? null : lead;
            long first = rs.getLong(6);
            Long firstResponse = rs.wasNull() ? null : first;
            long active = rs.getLong(7);
            int handoffs = rs.getInt(8);
            boolean pingPong = rs.getBoolean(9);
            String outcome = rs.getString(10);
            PairAccumulator pair = byPair.get(pairId);
            if (pair == null) {
                pair = new PairAccumulator();
                byPair.put(pairId, pair);
                pairs.put(rq + "|" + rs2, pair);
            }
            pair.add(leadTime, firstResponse, active, handoffs, pingPong, outcome, target);
            all.add(leadTime, firstResponse, active, handoffs, pingPong, outcome, target);
        });
        store.shadowLinks(range.from(), range.to(), rs -> {
            PairAccumulator pair = pairs.get(rs.getLong(2) + "|" + rs.getLong(3));
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
        Instant now = clock.instant();
        record Inc(long id, String title, Instant detected, Instant rootCause, Instant resolved) {}
        Map<Long, Inc> incidents = new LinkedHashMap<>();
        store.incidents(
                range.from(),
                range.to(),
                range.teamId(),
                rs -> incidents.put(
                        rs.getLong(1),
                        new Inc(
                                rs.getLong(1),
                                rs.getString(2),
                                SqlQuery.instant(rs, "detected_at"),
                                SqlQuery.instant(rs, "root_cause_at"),
                                SqlQuery.instant(rs, "resolved_at"))));
        Map<Long, List<EventType>> reopenedTypes = new HashMap<>();
        Map<Long, List<Instant>> reopenedTimes = new HashMap<>();
        store.reopenedIncidentRequestEvents(range.from(), range.to(), rs -> {
            long request = rs.getLong(1);
            reopenedTypes.computeIfAbsent(request, k -> new ArrayList<>()).add(EventType.valueOf(rs.getString(2)));
            reopenedTimes.computeIfAbsent(request, k -> new ArrayList<>()).add(SqlQuery.instant(rs, "at"));
        });
        Map<Long, List<OpenIntervals.Interval>> intervals = new HashMap<>();
        store.incidentRequests(range.from(), range.to(), rs -> {
            long request = rs.getLong(2);
            List<OpenIntervals.Interval> spans = rs.getBoolean(5)
                    ? OpenIntervals.of(reopenedTypes.get(request), reopenedTimes.get(request))
                    : List.of(new OpenIntervals.Interval(
                            SqlQuery.instant(rs, "opened_at"), SqlQuery.instant(rs, "closed_at")));
            intervals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).addAll(spans);
        });

        double[] shares = new double[incidents.size()];
        LongList resolve = new LongList();
        LongList rootCause = new LongList();
        List<MetricsViews.IncidentRef> refs = new ArrayList<>();
        int delayed = 0;
        int n = 0;
        for (Inc inc : incidents.values()) {
            Instant end = inc.resolved() != null ? inc.resolved() : now;
            long span = Duration.between(inc.detected(), end).getSeconds();
            List<OpenIntervals.Interval> linked = intervals.get(inc.id());
            long wall = linked == null ? 0 : OpenIntervals.unionSeconds(linked, inc.detected(), end);
            double share = linked == null || span <= 0 ? 0.0 : (double) wall / span;
            if (linked != null) {
                delayed++;
            }
            shares[n++] = share;
            if (inc.resolved() != null) {
                resolve.add(Duration.between(inc.detected(), inc.resolved()).getSeconds());
            }
            if (inc.rootCause() != null) {
                rootCause.add(Duration.between(inc.detected(), inc.rootCause()).getSeconds());
            }
            if (linked != null) {
                refs.add(new MetricsViews.IncidentRef(inc.id(), "INC-" + inc.id(), inc.title(), wall, share));
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
        record Sys(
                long id,
                String name,
                String provider,
                long owner,
                long discoveredBy,
                String classification,
                Instant firstLive,
                Instant discovered,
                String method,
                String status) {}
        List<Sys> systems = new ArrayList<>();
        store.shadowSystems(
                range.from(),
                range.to(),
                range.teamId(),
                rs -> systems.add(new Sys(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getString(6),
                        SqlQuery.instant(rs, "first_live_at"),
                        SqlQuery.instant(rs, "discovered_at"),
                        rs.getString(9),
                        rs.getString(10))));
        Map<Long, List<MetricsViews.Motive>> motives = new HashMap<>();
        Map<Long, Boolean> wentAround = new HashMap<>();
        record MotiveRow(long system, String outcome, Long lead, Long target, long requester, long responder) {}
        List<MotiveRow> motiveRows = new ArrayList<>();
        store.shadowMotives(range.from(), range.to(), rs -> {
            long system = rs.getLong(1);
            long request = rs.getLong(2);
            motives.computeIfAbsent(system, k -> new ArrayList<>())
                    .add(new MetricsViews.Motive(request, "REQ-" + request, SqlQuery.instant(rs, "opened_at")));
            String outcome = rs.getString(4);
            long leadRaw = rs.getLong(5);
            Long lead = rs.wasNull() ? null : leadRaw;
            long targetRaw = rs.getLong(8);
            Long target = rs.wasNull() ? null : targetRaw;
            motiveRows.add(new MotiveRow(system, outcome, lead, target, rs.getLong(6), rs.getLong(7)));
        });
        Map<Long, long[]> needP85 = new HashMap<>();
        for (MotiveRow m : motiveRows) {
            if (!"DECLINED".equals(m.outcome()) && m.lead() != null && m.target() == null) {
                needP85.put(pairId(m.requester(), m.responder()), new long[] {m.requester(), m.responder()});
            }
        }
        Map<Long, Double> pairP85 = closedLeadP85(needP85);
        for (MotiveRow m : motiveRows) {
            boolean around = "DECLINED".equals(m.outcome());
            if (!around && m.lead() != null) {
                if (m.target() != null) {
                    around = m.lead() > m.target();
                } else {
                    Double p85 = pairP85.get(pairId(m.requester(), m.responder()));
                    around = p85 != null && m.lead() > p85;
                }
            }
            wentAround.merge(m.system(), around, Boolean::logicalOr);
        }
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byClassification = new TreeMap<>();
        Map<String, Integer> byMethod = new TreeMap<>();
        long[] lags = new long[systems.size()];
        long exposure = 0;
        long customerExposure = 0;
        int goAround = 0;
        List<MetricsViews.ShadowBar> bars = new ArrayList<>();
        Sys longest = null;
        for (int i = 0; i < systems.size(); i++) {
            Sys s = systems.get(i);
            long lag = Duration.between(s.firstLive(), s.discovered()).getSeconds();
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
            if (!amnesty
                    && (longest == null
                            || lag
                                    > Duration.between(longest.firstLive(), longest.discovered())
                                            .getSeconds())) {
                longest = s;
            }
            bars.add(new MetricsViews.ShadowBar(
                    s.id(),
                    "SHD-" + s.id(),
                    s.name(),
                    slugs.get(s.owner()),
                    s.classification(),
                    s.firstLive(),
                    s.discovered(),
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
                        slugs.get(longest.owner()),
                        longest.classification(),
                        Duration.between(longest.firstLive(), longest.discovered())
                                .getSeconds());
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
        store.allClosedLeadTimes(rs -> {
            LongList list = leads.get(pairId(rs.getLong(1), rs.getLong(2)));
            if (list != null) {
                list.add(rs.getLong(3));
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
        store.requests(range.from(), range.to(), range.teamId(), rs -> {
            long lead = rs.getLong(5);
            Long leadTime = rs.wasNull() ? null : lead;
            requests.get(bucketStart(SqlQuery.instant(rs, "opened_at"), weekly))
                    .add(leadTime, null, 0, 0, rs.getBoolean(9), rs.getString(10), null);
        });
        store.incidents(
                range.from(),
                range.to(),
                range.teamId(),
                rs -> incidents.get(bucketStart(SqlQuery.instant(rs, "detected_at"), weekly))[0]++);
        store.shadowSystems(
                range.from(),
                range.to(),
                range.teamId(),
                rs -> shadow.get(bucketStart(SqlQuery.instant(rs, "discovered_at"), weekly))[0]++);
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

package io.wallbreaker.bench;

import io.wallbreaker.request.EventType;
import io.wallbreaker.request.RequestKind;
import io.wallbreaker.request.RequestLedger;
import io.wallbreaker.request.RequestState;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fills a database the app has already migrated with benchmark-sized data for the wall metrics:
 * teams, incidents, cross-team requests with legal event histories (derived columns computed by the
 * real {@link RequestLedger}, as the app stores them), shadow systems and their links.
 *
 * <p>Shaped like a real organisation rather than uniform noise: an eighth of the teams are platform
 * teams (Ops, Security, Support) and the rest sit in departments of eight; how often a team asks
 * follows a Zipf law, and it asks a platform team (70%), a team of its own department (28%) or
 * anyone (2%), so pair volumes are skewed, with a long tail of quiet teams and rare pairs; volume
 * grows over time; about 4% of requests stay open, some 7% are reopened (half of those closed
 * again); about 30% of incidents have linked requests, several per incident (mean ≈ 3, up to 25),
 * asked by one of the incident's teams near its detection. {@code --summary FILE} writes counts
 * that show this shape.
 *
 * <p>Plain JDBC batches (PostgreSQL gets {@code reWriteBatchedInserts=true}, i.e. multi-row inserts),
 * explicit ids so events can reference their request without a round trip, a commit every ~10k
 * rows. Deterministic for a given {@code --seed} and start time (times are relative to now).
 *
 * <pre>
 * java -cp backend/target/test-classes:backend/target/wallbreaker.jar io.wallbreaker.bench.BenchmarkData \
 *   --url jdbc:postgresql://127.0.0.1:55499/wallbreaker --user wallbreaker [--password x] \
 *   [--requests 1000000] [--incidents N] [--shadow N] [--teams 100] [--days 700] [--seed 42] [--force]
 *   [--summary FILE]
 * </pre>
 * URL, user and password fall back to WALLBREAKER_DB_URL, WALLBREAKER_DB_USER, WALLBREAKER_DB_PASSWORD.
 * Incidents default to requests / 10 and shadow systems to requests / 200 (100,000 and 5,000 at full size).
 */
public final class BenchmarkData {

    private static final int REQUESTS_PER_COMMIT = 2_000; // ≈ 10k rows with their events
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final String BY = "benchmark";
    private static final int DEPARTMENT = 8;

    private final Connection db;
    private final Random rnd;
    private final int requestCount;
    private final int incidentCount;
    private final int shadowCount;
    private final int teamCount;
    private final int days;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final long nowSec = now.getEpochSecond();

    private long[] teamIds;
    private String[] teamSlugs;
    private String[] teamKinds;
    private int platformTeams; // the first teams: Ops, Security, Support, asked by everyone
    private int[] department; // first team index of each team's department (platform teams: 0)
    private double[] requesterCdf; // cumulative Zipf weights: how often each team asks
    private double[] platformCdf; // … which platform team is asked
    private double[] anyCdf; // … which team is asked outside the usual paths
    private double[] pairSlowness; // per-pair multiplier on event gaps (index requester * teams + responder)
    private long[] incidentDetected; // epoch seconds, by incident index
    private int[][] incidentTeams; // team indexes, by incident index
    private int[] incidentSlots; // incident index per linked request to come, shuffled
    private int nextSlot;
    private long incidentBase;
    private long requestBase;
    private int[] requestRequester; // team index, by request index
    private long[] requestOpened; // epoch seconds, by request index
    private long rows;

    private BenchmarkData(Connection db, long seed, int requests, int incidents, int shadow, int teams, int days) {
        this.db = db;
        this.rnd = new Random(seed);
        this.requestCount = requests;
        this.incidentCount = incidents;
        this.shadowCount = shadow;
        this.teamCount = teams;
        this.days = days;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            if (a.equals("--force")) {
                opts.put("force", "true");
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                opts.put(a.substring(2), args[++i]);
            }
        }
        String url = opts.getOrDefault("url", System.getenv("WALLBREAKER_DB_URL"));
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--url (or WALLBREAKER_DB_URL) is required");
        }
        String user = opts.getOrDefault("user", env("WALLBREAKER_DB_USER", ""));
        String password = opts.getOrDefault("password", env("WALLBREAKER_DB_PASSWORD", ""));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "1000000"));
        int incidents = Integer.parseInt(opts.getOrDefault("incidents", String.valueOf(Math.max(1, requests / 10))));
        int shadow = Integer.parseInt(opts.getOrDefault("shadow", String.valueOf(Math.max(1, requests / 200))));
        int teams = Integer.parseInt(opts.getOrDefault("teams", "100"));
        if (teams < 3) {
            throw new IllegalArgumentException("--teams must be at least 3");
        }
        int days = Integer.parseInt(opts.getOrDefault("days", "700"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            BenchmarkData data = new BenchmarkData(db, seed, requests, incidents, shadow, teams, days);
            data.checkEmpty(opts.containsKey("force"));
            data.run();
            if (opts.containsKey("summary")) {
                data.summary(java.nio.file.Path.of(opts.get("summary")));
            }
        }
        double secs = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "generation done in %.1f s%n", secs);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private void checkEmpty(boolean force) throws SQLException {
        long existing = count("SELECT COUNT(*) FROM cross_request");
        if (existing > 0 && !force) {
            throw new IllegalStateException("cross_request already holds " + existing
                    + " rows; use a fresh database or pass --force to add more");
        }
    }

    private void run() throws SQLException {
        db.setAutoCommit(false);
        System.out.printf(
                Locale.ROOT,
                "generating %,d requests, %,d incidents, %,d shadow systems, %d teams over %d days%n",
                requestCount,
                incidentCount,
                shadowCount,
                teamCount,
                days);
        teams();
        olaTargets();
        incidents();
        requests();
        shadowSystems();
        db.commit();
        db.setAutoCommit(true);
        long t = System.nanoTime();
        try (Statement st = db.createStatement()) {
            st.execute("ANALYZE");
        }
        System.out.printf(Locale.ROOT, "ANALYZE %.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    // ---------------------------------------------------------------- teams, OLA targets

    private void teams() throws SQLException {
        String[] platformKinds = {"OPS", "SECURITY", "OPS", "SUPPORT"};
        String[] productKinds = {"DEV", "DEV", "DEV", "PRODUCT", "DEV", "DEV", "OTHER", "DEV"};
        teamIds = new long[teamCount];
        teamSlugs = new String[teamCount];
        teamKinds = new String[teamCount];
        platformTeams = Math.max(1, Math.min(teamCount - 1, teamCount / 8));
        department = new int[teamCount];
        for (int i = 0; i < teamCount; i++) {
            department[i] = i < platformTeams ? 0 : platformTeams + (i - platformTeams) / DEPARTMENT * DEPARTMENT;
        }
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM team WHERE slug = ?");
                PreparedStatement ins = db.prepareStatement("INSERT INTO team (slug, name, kind, version, created_at, "
                        + "updated_at) VALUES (?, ?, ?, 0, ?, ?)")) {
            for (int i = 0; i < teamCount; i++) {
                String slug = String.format(Locale.ROOT, "bench-%03d", i + 1);
                teamKinds[i] = i < platformTeams
                        ? platformKinds[i % platformKinds.length]
                        : productKinds[(i - platformTeams) % productKinds.length];
                find.setString(1, slug);
                if (!exists(find)) {
                    ins.setString(1, slug);
                    ins.setString(2, "Benchmark team " + (i + 1));
                    ins.setString(3, teamKinds[i]);
                    ins.setObject(4, ts(nowSec - days * DAY - 30 * DAY));
                    ins.setObject(5, ts(nowSec - days * DAY - 30 * DAY));
                    ins.executeUpdate();
                }
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    teamIds[i] = rs.getLong(1);
                }
                teamSlugs[i] = slug;
            }
        }
        db.commit();
        // Who asks: Zipf (s = 1.1) over all teams in a random order, so a few teams ask most and many rarely.
        // Who is asked: see responderFor.
        requesterCdf = cumulative(zipf(teamCount, 1.1));
        platformCdf = cumulative(zipf(platformTeams, 1.0));
        anyCdf = cumulative(zipf(teamCount, 1.0));
        pairSlowness = new double[teamCount * teamCount];
        for (int i = 0; i < pairSlowness.length; i++) {
            pairSlowness[i] = Math.exp(rnd.nextGaussian() * 0.6);
        }
        System.out.printf(Locale.ROOT, "teams: %d%n", teamCount);
    }

    /** Zipf weights 1/rank^s, the ranks shuffled over the teams. */
    private double[] zipf(int n, double s) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ranks.add(i + 1);
        }
        java.util.Collections.shuffle(ranks, rnd);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 / Math.pow(ranks.get(i), s);
        }
        return w;
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private int draw(double[] cdf) {
        int i = java.util.Arrays.binarySearch(cdf, rnd.nextDouble());
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }

    /**
     * Who is asked: 70% a platform team (Ops, Security, Support; Zipf), 28% a team of the requester's
     * own department (teams of {@value #DEPARTMENT}), 2% any team (Zipf) — the rare pairs of the long tail.
     */
    private int responderFor(int requester) {
        while (true) {
            int u = rnd.nextInt(100);
            int rp;
            if (u < 70) {
                rp = draw(platformCdf);
            } else if (u < 98) {
                int first = department[requester];
                int size = first == 0 ? platformTeams : Math.min(DEPARTMENT, teamCount - first);
                rp = first + rnd.nextInt(size);
            } else {
                rp = draw(anyCdf);
            }
            if (rp != requester) {
                return rp;
            }
        }
    }

    private static boolean exists(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Targets for some frequent pairs only, so both go-around paths (target, pair p85) are exercised. */
    private void olaTargets() throws SQLException {
        if (count("SELECT COUNT(*) FROM ola_target") > 0) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO ola_target (requester_team_id, "
                + "responder_team_id, kind, target_seconds) VALUES (?, ?, ?, ?)")) {
            // The ten busiest requesters towards the busiest platform team (the pairs that matter most).
            int platform = 0;
            for (int t = 1; t < platformTeams; t++) {
                platform = weight(platformCdf, t) > weight(platformCdf, platform) ? t : platform;
            }
            List<int[]> busiest = new ArrayList<>();
            for (int t = 0; t < teamCount; t++) {
                if (t != platform) {
                    busiest.add(new int[] {t, platform});
                }
            }
            busiest.sort(java.util.Comparator.comparingDouble((int[] p) -> -weight(requesterCdf, p[0])));
            for (int i = 0; i < Math.min(10, busiest.size()); i++) {
                for (String kind : List.of("LOG_ACCESS", "PROD_ACCESS")) {
                    ps.setLong(1, teamIds[busiest.get(i)[0]]);
                    ps.setLong(2, teamIds[busiest.get(i)[1]]);
                    ps.setString(3, kind);
                    ps.setLong(4, (1 + rnd.nextInt(3)) * DAY);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        db.commit();
    }

    private static double weight(double[] cdf, int i) {
        return cdf[i] - (i == 0 ? 0 : cdf[i - 1]);
    }

    // ---------------------------------------------------------------- incidents

    private void incidents() throws SQLException {
        long t0 = System.nanoTime();
        incidentBase = nextId("incident");
        incidentDetected = new long[incidentCount];
        incidentTeams = new int[incidentCount][];
        int[] linkedCount = new int[incidentCount];
        int slots = 0;
        String[] factors = {
            "shadow-system", "unknown-owner", "missing-observability", "change", "capacity", "dependency", "process"
        };
        String[] severities = {"SEV1", "SEV2", "SEV2", "SEV3", "SEV3", "SEV3", "SEV4", "SEV4"};
        long incidentRows = 0;
        try (PreparedStatement inc = db.prepareStatement("INSERT INTO incident (id, title, severity, status, "
                        + "started_at, detected_at, root_cause_at, mitigated_at, resolved_at, summary, version, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?)");
                PreparedStatement team =
                        db.prepareStatement("INSERT INTO incident_team (incident_id, team_id) " + "VALUES (?, ?)");
                PreparedStatement factor =
                        db.prepareStatement("INSERT INTO incident_factor (incident_id, factor_code) VALUES (?, ?)")) {
            for (int i = 0; i < incidentCount; i++) {
                long id = incidentBase + i;
                long detected = nowSec - ago();
                incidentDetected[i] = detected;
                long started = detected - exp(0.5 * HOUR);
                long rootCause = detected + exp(3 * HOUR);
                long mitigated = detected + exp(5 * HOUR);
                long resolved = mitigated + exp(4 * HOUR);
                boolean isResolved = resolved <= nowSec;
                String status = isResolved
                        ? (rnd.nextInt(3) == 0 ? "POSTMORTEM_PUBLISHED" : "RESOLVED")
                        : mitigated <= nowSec ? "MITIGATED" : "OPEN";
                inc.setLong(1, id);
                inc.setString(2, "Benchmark incident " + (i + 1));
                inc.setString(3, severities[rnd.nextInt(severities.length)]);
                inc.setString(4, status);
                inc.setObject(5, ts(started));
                inc.setObject(6, ts(detected));
                inc.setObject(
                        7,
                        rootCause <= nowSec && rnd.nextInt(5) > 0 ? ts(rootCause) : null,
                        Types.TIMESTAMP_WITH_TIMEZONE);
                inc.setObject(8, mitigated <= nowSec ? ts(mitigated) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                inc.setObject(9, isResolved ? ts(resolved) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                inc.setObject(10, ts(detected));
                inc.setObject(11, ts(Math.min(nowSec, resolved)));
                inc.addBatch();
                Set<Integer> involved = new LinkedHashSet<>();
                int n = 1 + rnd.nextInt(3);
                while (involved.size() < n) {
                    involved.add(draw(requesterCdf));
                }
                incidentTeams[i] = involved.stream().mapToInt(Integer::intValue).toArray();
                for (int t : involved) {
                    team.setLong(1, id);
                    team.setLong(2, teamIds[t]);
                    team.addBatch();
                    incidentRows++;
                }
                // ~30% of incidents needed other teams: several requests each (mean ≈ 3, a few dozen at most).
                if (requestCount > 0 && rnd.nextInt(100) < 30) {
                    linkedCount[i] = (int) Math.min(25, 1 + exp(2.5));
                    slots += linkedCount[i];
                }
                Set<String> codes = new LinkedHashSet<>();
                if (linkedCount[i] > 0 && rnd.nextInt(10) < 7) {
                    codes.add("cross-team-access");
                }
                if (rnd.nextInt(10) < 8) {
                    codes.add(factors[rnd.nextInt(factors.length)]);
                }
                for (String code : codes) {
                    factor.setLong(1, id);
                    factor.setString(2, code);
                    factor.addBatch();
                    incidentRows++;
                }
                incidentRows++;
                if ((i + 1) % 5_000 == 0 || i == incidentCount - 1) {
                    inc.executeBatch();
                    team.executeBatch();
                    factor.executeBatch();
                    db.commit();
                }
            }
        }
        restartIdentity("incident", incidentBase + incidentCount);
        incidentSlots = new int[slots];
        for (int i = 0, k = 0; i < incidentCount; i++) {
            for (int j = 0; j < linkedCount[i]; j++) {
                incidentSlots[k++] = i;
            }
        }
        for (int i = incidentSlots.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = incidentSlots[i];
            incidentSlots[i] = incidentSlots[j];
            incidentSlots[j] = t;
        }
        rows += incidentRows;
        report("incidents (+ teams, factors)", incidentRows, t0);
    }

    // ---------------------------------------------------------------- requests and events

    private record Planned(EventType type, long at, int team, int toTeam) {}

    private void requests() throws SQLException {
        long t0 = System.nanoTime();
        requestBase = nextId("cross_request");
        requestRequester = new int[requestCount];
        requestOpened = new long[requestCount];
        RequestKind[] kinds = RequestKind.values();
        Map<String, Integer> slugIndex = new HashMap<>();
        for (int i = 0; i < teamCount; i++) {
            slugIndex.put(teamSlugs[i], i);
        }
        long requestRows = 0;
        long eventRows = 0;
        long lastReport = System.nanoTime();
        try (PreparedStatement req = db.prepareStatement("INSERT INTO cross_request (id, title, kind, description, "
                        + "requester_team_id, responder_team_id, current_responder_team_id, incident_id, opened_at, "
                        + "external_ref, state, holder_team_id, closed_at, last_event_at, lead_time_seconds, "
                        + "first_response_seconds, waiting_responder_seconds, waiting_requester_seconds, active_seconds, "
                        + "handoffs, bounces, ping_pong, reopened, outcome, version, created_at, updated_at, "
                        + "waiting_responder_ms, waiting_requester_ms, active_ms, first_response_ms) "
                        + "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?)");
                PreparedStatement ev = db.prepareStatement(
                        "INSERT INTO request_event (request_id, seq, type, at, "
                                + "team_id, to_team_id, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
            for (int i = 0; i < requestCount; i++) {
                long id = requestBase + i;
                int rq;
                Long incidentId = null;
                long opened;
                // Linked requests are spread evenly over the run; each is asked by one of its incident's teams.
                if (nextSlot < incidentSlots.length
                        && rnd.nextDouble() * (requestCount - i) < incidentSlots.length - nextSlot) {
                    int inc = incidentSlots[nextSlot++];
                    incidentId = incidentBase + inc;
                    rq = incidentTeams[inc][rnd.nextInt(incidentTeams[inc].length)];
                    opened = Math.min(nowSec - 60, incidentDetected[inc] + exp(HOUR));
                } else {
                    rq = draw(requesterCdf);
                    opened = nowSec - 60 - Math.min(days * DAY - 60, ago());
                }
                int rp = responderFor(rq);
                int pairIndex = rq * teamCount + rp;
                requestRequester[i] = rq;
                requestOpened[i] = opened;
                List<Planned> events = plan(rq, rp, opened, pairSlowness[pairIndex]);
                RequestLedger ledger = new RequestLedger(teamSlugs[rq], teamSlugs[rp], Instant.ofEpochSecond(opened));
                for (Planned p : events) {
                    ledger.append(new RequestLedger.Event(
                            p.type(),
                            Instant.ofEpochSecond(p.at()),
                            teamSlugs[p.team()],
                            p.toTeam() < 0 ? null : teamSlugs[p.toTeam()]));
                }
                RequestLedger.Figures f = ledger.figures(ledger.lastEventAt());
                long lastEvent = ledger.lastEventAt().getEpochSecond();
                int c = 1;
                req.setLong(c++, id);
                req.setString(c++, "Benchmark request " + (i + 1));
                req.setString(c++, kinds[rnd.nextInt(kinds.length)].name());
                req.setLong(c++, teamIds[rq]);
                req.setLong(c++, teamIds[rp]);
                req.setLong(c++, teamIds[slugIndex.get(f.currentResponder())]);
                req.setObject(c++, incidentId, Types.BIGINT);
                req.setObject(c++, ts(opened));
                req.setString(c++, f.state().name());
                req.setObject(c++, f.holder() == null ? null : teamIds[slugIndex.get(f.holder())], Types.BIGINT);
                req.setObject(
                        c++,
                        f.closedAt() == null ? null : ts(f.closedAt().getEpochSecond()),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                req.setObject(c++, ts(lastEvent));
                req.setObject(c++, f.leadTimeSeconds(), Types.BIGINT);
                req.setObject(c++, f.timeToFirstResponseSeconds(), Types.BIGINT);
                req.setLong(c++, f.waitingOnResponderSeconds());
                req.setLong(c++, f.waitingOnRequesterSeconds());
                req.setLong(c++, f.activeSeconds());
                req.setInt(c++, f.handoffs());
                req.setInt(c++, f.bounces());
                req.setBoolean(c++, f.pingPong());
                req.setBoolean(c++, f.reopened());
                req.setString(c++, f.outcome().name());
                req.setLong(c++, events.size()); // one version bump per appended event, as the API does
                req.setObject(c++, ts(opened));
                req.setObject(c++, ts(lastEvent));
                RequestLedger.Totals totals = ledger.totals();
                req.setLong(c++, totals.onResponder().toMillis());
                req.setLong(c++, totals.onRequester().toMillis());
                req.setLong(c++, totals.active().toMillis());
                req.setObject(
                        c,
                        totals.firstResponse() == null
                                ? null
                                : totals.firstResponse().toMillis(),
                        Types.BIGINT);
                req.addBatch();
                requestRows++;
                event(ev, id, 1, EventType.OPENED, opened, rq, -1);
                int seq = 2;
                for (Planned p : events) {
                    event(ev, id, seq++, p.type(), p.at(), p.team(), p.toTeam());
                }
                eventRows += seq - 1;
                if ((i + 1) % REQUESTS_PER_COMMIT == 0 || i == requestCount - 1) {
                    req.executeBatch();
                    ev.executeBatch();
                    db.commit();
                    if (System.nanoTime() - lastReport > 10_000_000_000L || i == requestCount - 1) {
                        lastReport = System.nanoTime();
                        double s = (lastReport - t0) / 1e9;
                        System.out.printf(
                                Locale.ROOT,
                                "  requests %,d/%,d, events %,d — %.0f s, %,.0f rows/s%n",
                                i + 1,
                                requestCount,
                                eventRows,
                                s,
                                (requestRows + eventRows) / s);
                    }
                }
            }
        }
        restartIdentity("cross_request", requestBase + requestCount);
        rows += requestRows + eventRows;
        report(
                "requests (+ request_event: " + String.format(Locale.ROOT, "%,d", eventRows) + ")",
                requestRows + eventRows,
                t0);
    }

    private void event(PreparedStatement ev, long requestId, int seq, EventType type, long at, int team, int toTeam)
            throws SQLException {
        ev.setLong(1, requestId);
        ev.setInt(2, seq);
        ev.setString(3, type.name());
        ev.setObject(4, ts(at));
        ev.setLong(5, teamIds[team]);
        ev.setObject(6, toTeam < 0 ? null : teamIds[toTeam], Types.BIGINT);
        ev.setString(7, BY);
        ev.setObject(8, ts(at));
        ev.addBatch();
    }

    /**
     * A legal random history after OPENED: 2–6 further events (≈5 in all on average), ending in a close
     * (sometimes earlier, when a step fulfils it) unless it runs into the present (recent requests stay
     * open) or was drawn to stay open (4%). About 7% are then reopened by the requester and worked on
     * again, half of them closed a second time.
     * The ledger used here only picks legal moves; the caller replays the plan through a fresh one.
     */
    private List<Planned> plan(int rq, int rp, long opened, double slowness) {
        RequestLedger ledger = new RequestLedger(teamSlugs[rq], teamSlugs[rp], Instant.ofEpochSecond(opened));
        List<Planned> planned = new ArrayList<>();
        int further = 2 + rnd.nextInt(5);
        boolean staysOpen = rnd.nextInt(100) < 4;
        boolean reopens = rnd.nextInt(100) < 7;
        boolean closesAgain = rnd.nextBoolean();
        long at = opened;
        int[] current = {rp};
        for (int k = 0; k < further; k++) {
            at += Math.max(60, exp(4 * HOUR * slowness));
            if (at > nowSec) {
                return planned;
            }
            RequestState state = ledger.state();
            if (state.isClosed()) {
                // Closed early: at most a closing comment (reopening is decided below, for a known share).
                if (rnd.nextBoolean()) {
                    step(ledger, planned, EventType.COMMENTED, at, rq, current);
                }
                break;
            } else if (k == further - 1 && !staysOpen) {
                close(ledger, planned, at, rq, current);
            } else {
                step(ledger, planned, pick(state), at, rq, current);
            }
        }
        if (reopens && ledger.state().isClosed()) {
            at += Math.max(60, exp(2 * DAY));
            if (at > nowSec) {
                return planned;
            }
            step(ledger, planned, EventType.REOPENED, at, rq, current);
            int more = 1 + rnd.nextInt(3);
            for (int k = 0; k < more; k++) {
                at += Math.max(60, exp(4 * HOUR * slowness));
                if (at > nowSec) {
                    return planned;
                }
                RequestState state = ledger.state();
                if (state.isClosed()) {
                    break;
                } else if (k == more - 1 && closesAgain) {
                    close(ledger, planned, at, rq, current);
                } else {
                    step(ledger, planned, pick(state), at, rq, current);
                }
            }
        }
        return planned;
    }

    private void close(RequestLedger ledger, List<Planned> planned, long at, int rq, int[] current) {
        int r = rnd.nextInt(100);
        step(
                ledger,
                planned,
                r < 80 ? EventType.FULFILLED : r < 92 ? EventType.DECLINED : EventType.WITHDRAWN,
                at,
                rq,
                current);
    }

    /** Appends one event by the team whose turn it is (a reassignment picks a new responder). */
    private void step(RequestLedger ledger, List<Planned> planned, EventType type, long at, int rq, int[] current) {
        int team = switch (type) {
            case INFO_PROVIDED, WITHDRAWN, REOPENED -> rq;
            case COMMENTED -> rnd.nextBoolean() ? rq : current[0];
            default -> current[0];
        };
        int to = -1;
        if (type == EventType.REASSIGNED) {
            do {
                to = responderFor(rq);
            } while (to == current[0]);
        }
        RequestLedger.Event e = new RequestLedger.Event(
                type, Instant.ofEpochSecond(at), teamSlugs[team], to < 0 ? null : teamSlugs[to]);
        ledger.append(e); // throws if the plan were illegal: a generator bug, not data to hide
        planned.add(new Planned(type, at, team, to));
        if (to >= 0) {
            current[0] = to;
        }
    }

    /** A plausible next step for a request that is not closed. */
    private EventType pick(RequestState state) {
        int r = rnd.nextInt(100);
        return switch (state) {
            case OPEN ->
                r < 35
                        ? EventType.ACKNOWLEDGED
                        : r < 70
                                ? EventType.STARTED
                                : r < 82
                                        ? EventType.NEEDS_INFO
                                        : r < 87
                                                ? EventType.REASSIGNED
                                                : r < 95 ? EventType.COMMENTED : EventType.FULFILLED;
            case IN_PROGRESS ->
                r < 25
                        ? EventType.NEEDS_INFO
                        : r < 30 ? EventType.REASSIGNED : r < 60 ? EventType.COMMENTED : EventType.FULFILLED;
            case WAITING_ON_REQUESTER ->
                r < 85 ? EventType.INFO_PROVIDED : r < 95 ? EventType.COMMENTED : EventType.WITHDRAWN;
            default -> EventType.COMMENTED;
        };
    }

    // ---------------------------------------------------------------- shadow systems

    private void shadowSystems() throws SQLException {
        long t0 = System.nanoTime();
        long base = nextId("shadow_system");
        String[] providers = {"aws", "gcp", "heroku", "vercel", "notion", "airtable", "zapier", "render"};
        String[] classes = {"NONE", "INTERNAL", "INTERNAL", "CONFIDENTIAL", "CUSTOMER_PII"};
        String[] methods = {"SELF_REPORTED", "BILLING_AUDIT", "DNS_SCAN", "NETWORK_SCAN", "INCIDENT", "OTHER"};
        String[] statuses = {"DISCOVERED", "DISCOVERED", "ACKNOWLEDGED", "ADOPTED", "MIGRATED", "DECOMMISSIONED"};
        long shadowRows = 0;
        try (PreparedStatement sys = db.prepareStatement("INSERT INTO shadow_system (id, name, provider, url, "
                        + "owner_team_id, purpose, data_classification, first_live_at, evidence, discovered_at, "
                        + "discovered_by_team_id, discovery_method, status, identity_key, version, created_at, updated_at) "
                        + "VALUES (?, ?, ?, NULL, ?, NULL, ?, ?, NULL, ?, ?, ?, ?, ?, 0, ?, ?)");
                PreparedStatement status = db.prepareStatement("INSERT INTO shadow_system_status (shadow_system_id, "
                        + "status, at, actor) VALUES (?, ?, ?, ?)");
                PreparedStatement link = db.prepareStatement(
                        "INSERT INTO shadow_system_request (shadow_system_id, " + "request_id) VALUES (?, ?)")) {
            for (int i = 0; i < shadowCount; i++) {
                long id = base + i;
                int owner;
                long firstLive;
                long discovered;
                Set<Integer> motives = new LinkedHashSet<>();
                if (requestCount > 0 && rnd.nextInt(10) < 4) {
                    int n = 1 + rnd.nextInt(3);
                    while (motives.size() < n) {
                        motives.add(rnd.nextInt(requestCount));
                    }
                    int first = motives.iterator().next();
                    owner = requestRequester[first];
                    firstLive = Math.min(nowSec - 2 * DAY, requestOpened[first] + exp(10 * DAY));
                    discovered = Math.min(nowSec - DAY, firstLive + exp(60 * DAY));
                } else {
                    owner = draw(requesterCdf);
                    discovered = nowSec - DAY - (long) (rnd.nextDouble() * (days - 1) * DAY);
                    firstLive = discovered - exp(90 * DAY);
                }
                String provider = providers[rnd.nextInt(providers.length)];
                String name = "bench-shadow-" + (i + 1);
                String st = statuses[rnd.nextInt(statuses.length)];
                int c = 1;
                sys.setLong(c++, id);
                sys.setString(c++, name);
                sys.setString(c++, provider);
                sys.setLong(c++, teamIds[owner]);
                sys.setString(c++, classes[rnd.nextInt(classes.length)]);
                sys.setObject(c++, ts(firstLive));
                sys.setObject(c++, ts(discovered));
                sys.setLong(c++, teamIds[draw(platformCdf)]); // discovered mostly by Ops and Security
                sys.setString(c++, methods[rnd.nextInt(methods.length)]);
                sys.setString(c++, st);
                sys.setString(
                        c++,
                        "n|" + provider.length() + ":" + provider + "|" + name.length() + ":" + name + "|"
                                + teamIds[owner]);
                sys.setObject(c++, ts(discovered));
                sys.setObject(c, ts(discovered));
                sys.addBatch();
                status.setLong(1, id);
                status.setString(2, st);
                status.setObject(3, ts(discovered));
                status.setString(4, BY);
                status.addBatch();
                shadowRows += 2;
                for (int m : motives) {
                    link.setLong(1, id);
                    link.setLong(2, requestBase + m);
                    link.addBatch();
                    shadowRows++;
                }
                if ((i + 1) % 2_000 == 0 || i == shadowCount - 1) {
                    sys.executeBatch();
                    status.executeBatch();
                    link.executeBatch();
                    db.commit();
                }
            }
        }
        restartIdentity("shadow_system", base + shadowCount);
        rows += shadowRows;
        report("shadow systems (+ status, links)", shadowRows, t0);
    }

    // ---------------------------------------------------------------- summary

    /**
     * Counts that show the data's shape (for the benchmark's table), as a properties file: totals,
     * open and reopened requests, pair skew, the long tail of teams, incidents with several requests.
     */
    private void summary(java.nio.file.Path file) throws SQLException, java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        long requests = count("SELECT COUNT(*) FROM cross_request");
        p.setProperty(
                "database",
                db.getMetaData().getDatabaseProductName() + " "
                        + db.getMetaData().getDatabaseProductVersion().replaceAll(" .*", ""));
        p.setProperty("requests", Long.toString(requests));
        p.setProperty("events", Long.toString(count("SELECT COUNT(*) FROM request_event")));
        p.setProperty("incidents", Long.toString(count("SELECT COUNT(*) FROM incident")));
        p.setProperty("shadowSystems", Long.toString(count("SELECT COUNT(*) FROM shadow_system")));
        p.setProperty("teams", Long.toString(teamCount));
        p.setProperty(
                "openRequests",
                Long.toString(count("SELECT COUNT(*) FROM cross_request WHERE state IN ('OPEN', 'IN_PROGRESS', "
                        + "'WAITING_ON_REQUESTER')")));
        p.setProperty("reopenedRequests", Long.toString(count("SELECT COUNT(*) FROM cross_request WHERE reopened")));
        List<Long> pairCounts = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) AS n FROM cross_request "
                        + "GROUP BY requester_team_id, responder_team_id ORDER BY n DESC")) {
            while (rs.next()) {
                pairCounts.add(rs.getLong(1));
            }
        }
        p.setProperty("pairs", Integer.toString(pairCounts.size()));
        if (!pairCounts.isEmpty()) {
            long top = 0;
            for (int i = 0; i < Math.max(1, pairCounts.size() / 10); i++) {
                top += pairCounts.get(i);
            }
            p.setProperty("busiestPairShare", percent(pairCounts.get(0), requests));
            p.setProperty("top10PercentPairsShare", percent(top, requests));
        }
        Map<Long, Long> perTeam = new HashMap<>();
        for (String column : List.of("requester_team_id", "responder_team_id")) {
            try (Statement st = db.createStatement();
                    ResultSet rs =
                            st.executeQuery("SELECT " + column + ", COUNT(*) FROM cross_request GROUP BY " + column)) {
                while (rs.next()) {
                    perTeam.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                }
            }
        }
        List<Long> involvement = new ArrayList<>();
        for (long id : teamIds) {
            involvement.add(perTeam.getOrDefault(id, 0L));
        }
        java.util.Collections.sort(involvement);
        long quiet = involvement.subList(0, involvement.size() / 2).stream()
                .mapToLong(Long::longValue)
                .sum();
        p.setProperty(
                "quietHalfShare",
                percent(quiet, involvement.stream().mapToLong(Long::longValue).sum()));
        p.setProperty(
                "incidentsWithSeveralRequests",
                Long.toString(count("SELECT COUNT(*) FROM (SELECT incident_id FROM cross_request WHERE incident_id "
                        + "IS NOT NULL GROUP BY incident_id HAVING COUNT(*) >= 2) x")));
        p.setProperty(
                "maxRequestsPerIncident",
                Long.toString(count("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM cross_request WHERE "
                        + "incident_id IS NOT NULL GROUP BY incident_id) x")));
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
            p.store(w, "BenchmarkData summary");
        }
        p.forEach((k, v) -> System.out.println("  " + k + " = " + v));
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / Math.max(1, whole));
    }

    // ---------------------------------------------------------------- helpers

    /** Seconds ago within the generated span: half uniform, half denser towards now (a growing organisation). */
    private long ago() {
        double u = rnd.nextDouble();
        double x = rnd.nextBoolean() ? u : 1 - Math.sqrt(u);
        return (long) (x * days * DAY);
    }

    private long exp(double mean) {
        return (long) (-Math.log(1 - rnd.nextDouble()) * mean);
    }

    private static OffsetDateTime ts(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private long nextId(String table) throws SQLException {
        return count("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
    }

    private long count(String sql) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Explicit ids bypass the identity generator; move it past them so the app's inserts do not collide. */
    private void restartIdentity(String table, long next) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
        db.commit();
    }

    private void report(String what, long n, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %,d rows in %.1f s (%,.0f rows/s); total so far %,d rows%n",
                what,
                n,
                s,
                n / Math.max(s, 1e-9),
                rows);
    }
}

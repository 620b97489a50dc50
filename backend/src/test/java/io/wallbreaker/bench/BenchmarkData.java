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
 * <p>Plain JDBC batches (PostgreSQL gets {@code reWriteBatchedInserts=true}, i.e. multi-row inserts),
 * explicit ids so events can reference their request without a round trip, a commit every ~10k
 * rows. Deterministic for a given {@code --seed} and start time (times are relative to now).
 *
 * <pre>
 * java -cp backend/target/test-classes:backend/target/wallbreaker.jar io.wallbreaker.bench.BenchmarkData \
 *   --url jdbc:postgresql://127.0.0.1:55499/wallbreaker --user wallbreaker [--password x] \
 *   [--requests 1000000] [--incidents N] [--shadow N] [--teams 30] [--days 700] [--seed 42] [--force]
 * </pre>
 * URL, user and password fall back to WALLBREAKER_DB_URL, WALLBREAKER_DB_USER, WALLBREAKER_DB_PASSWORD.
 * Incidents default to requests / 10 and shadow systems to requests / 200 (100,000 and 5,000 at full size).
 */
public final class BenchmarkData {

    private static final int REQUESTS_PER_COMMIT = 2_000; // ≈ 10k rows with their events
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final String BY = "benchmark";

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
    private int[][] pairs; // ordered (requester, responder) team indexes, most frequent first
    private double[] pairSlowness; // per-pair multiplier on event gaps, so pairs differ
    private long[] incidentDetected; // epoch seconds, by incident index
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
        int teams = Integer.parseInt(opts.getOrDefault("teams", "30"));
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
        String[] kinds = {"DEV", "DEV", "DEV", "OPS", "SUPPORT", "SECURITY", "PRODUCT", "OTHER"};
        teamIds = new long[teamCount];
        teamSlugs = new String[teamCount];
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM team WHERE slug = ?");
                PreparedStatement ins = db.prepareStatement("INSERT INTO team (slug, name, kind, version, created_at, "
                        + "updated_at) VALUES (?, ?, ?, 0, ?, ?)")) {
            for (int i = 0; i < teamCount; i++) {
                String slug = String.format(Locale.ROOT, "bench-%02d", i + 1);
                find.setString(1, slug);
                if (!exists(find)) {
                    ins.setString(1, slug);
                    ins.setString(2, "Benchmark team " + (i + 1));
                    ins.setString(3, kinds[i % kinds.length]);
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
        List<int[]> all = new ArrayList<>();
        for (int a = 0; a < teamCount; a++) {
            for (int b = 0; b < teamCount; b++) {
                if (a != b) {
                    all.add(new int[] {a, b});
                }
            }
        }
        java.util.Collections.shuffle(all, rnd);
        pairs = all.toArray(new int[0][]);
        pairSlowness = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            pairSlowness[i] = Math.exp(rnd.nextGaussian() * 0.6);
        }
        System.out.printf(Locale.ROOT, "teams: %d, pairs: %d%n", teamCount, pairs.length);
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
            for (int i = 0; i < Math.min(20, pairs.length); i += 2) {
                for (String kind : List.of("LOG_ACCESS", "PROD_ACCESS")) {
                    ps.setLong(1, teamIds[pairs[i][0]]);
                    ps.setLong(2, teamIds[pairs[i][1]]);
                    ps.setString(3, kind);
                    ps.setLong(4, (1 + rnd.nextInt(3)) * DAY);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        db.commit();
    }

    // ---------------------------------------------------------------- incidents

    private void incidents() throws SQLException {
        long t0 = System.nanoTime();
        incidentBase = nextId("incident");
        incidentDetected = new long[incidentCount];
        String[] severities = {"SEV1", "SEV2", "SEV2", "SEV3", "SEV3", "SEV3", "SEV4", "SEV4"};
        long incidentRows = 0;
        try (PreparedStatement inc = db.prepareStatement("INSERT INTO incident (id, title, severity, status, "
                        + "started_at, detected_at, root_cause_at, mitigated_at, resolved_at, summary, version, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?)");
                PreparedStatement team =
                        db.prepareStatement("INSERT INTO incident_team (incident_id, team_id) " + "VALUES (?, ?)")) {
            for (int i = 0; i < incidentCount; i++) {
                long id = incidentBase + i;
                long detected = nowSec - (long) (rnd.nextDouble() * days * DAY);
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
                Set<Integer> linked = new LinkedHashSet<>();
                int n = 1 + rnd.nextInt(3);
                while (linked.size() < n) {
                    linked.add(rnd.nextInt(teamCount));
                }
                for (int t : linked) {
                    team.setLong(1, id);
                    team.setLong(2, teamIds[t]);
                    team.addBatch();
                    incidentRows++;
                }
                incidentRows++;
                if ((i + 1) % 5_000 == 0 || i == incidentCount - 1) {
                    inc.executeBatch();
                    team.executeBatch();
                    db.commit();
                }
            }
        }
        restartIdentity("incident", incidentBase + incidentCount);
        rows += incidentRows;
        report("incidents (+ incident_team)", incidentRows, t0);
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
                int pairIndex = (int) (pairs.length * Math.pow(rnd.nextDouble(), 3));
                int rq = pairs[pairIndex][0];
                int rp = pairs[pairIndex][1];
                Long incidentId = null;
                long opened;
                if (incidentCount > 0 && rnd.nextInt(10) == 0) {
                    int inc = rnd.nextInt(incidentCount);
                    incidentId = incidentBase + inc;
                    opened = Math.min(nowSec - 60, incidentDetected[inc] + exp(HOUR));
                } else {
                    opened = nowSec - 60 - (long) (rnd.nextDouble() * (days * DAY - 60));
                }
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
     * unless it runs into the present (recent requests stay open) or was drawn to stay open. The
     * ledger used here only picks legal moves; the caller replays the plan through a fresh one.
     */
    private List<Planned> plan(int rq, int rp, long opened, double slowness) {
        RequestLedger ledger = new RequestLedger(teamSlugs[rq], teamSlugs[rp], Instant.ofEpochSecond(opened));
        List<Planned> planned = new ArrayList<>();
        int further = 2 + rnd.nextInt(5);
        boolean staysOpen = rnd.nextInt(25) == 0;
        long at = opened;
        int current = rp;
        for (int k = 0; k < further; k++) {
            at += Math.max(60, exp(4 * HOUR * slowness));
            if (at > nowSec) {
                break;
            }
            boolean last = k == further - 1;
            RequestState state = ledger.state();
            EventType type;
            int team;
            if (state.isClosed()) {
                type = rnd.nextInt(3) == 0 ? EventType.COMMENTED : EventType.REOPENED;
                team = rq;
            } else if (last && !staysOpen) {
                int r = rnd.nextInt(100);
                type = r < 80 ? EventType.FULFILLED : r < 92 ? EventType.DECLINED : EventType.WITHDRAWN;
                team = type == EventType.WITHDRAWN ? rq : current;
            } else {
                type = pick(state);
                team = switch (type) {
                    case INFO_PROVIDED, WITHDRAWN -> rq;
                    case COMMENTED -> rnd.nextBoolean() ? rq : current;
                    default -> current;
                };
            }
            int to = -1;
            if (type == EventType.REASSIGNED) {
                do {
                    to = rnd.nextInt(teamCount);
                } while (to == rq || to == current);
            }
            RequestLedger.Event e = new RequestLedger.Event(
                    type, Instant.ofEpochSecond(at), teamSlugs[team], to < 0 ? null : teamSlugs[to]);
            ledger.append(e); // throws if the plan were illegal: a generator bug, not data to hide
            planned.add(new Planned(type, at, team, to));
            if (to >= 0) {
                current = to;
            }
        }
        return planned;
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
                    owner = (int) (teamCount * Math.pow(rnd.nextDouble(), 2));
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
                sys.setLong(c++, teamIds[rnd.nextInt(teamCount)]);
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

    // ---------------------------------------------------------------- helpers

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

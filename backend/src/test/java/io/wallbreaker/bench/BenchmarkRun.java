package io.wallbreaker.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The whole benchmark (issue 11, "Fast at scale") for H2 and PostgreSQL, one table at the end.
 * Started by scripts/benchmark.sh, which builds the jars and passes their paths; see docs/BENCHMARK.md
 * for what each figure means. Per database: generate data ({@link BenchmarkData}) or reuse it; start
 * the bare app and Wallbreaker alternately ({@code --starts} times each) and time each to its first 200,
 * with the dashboard's four metrics calls right after each Wallbreaker start; 20 repeated calls per
 * metrics endpoint; list throughput of the bare app's 20-row list and Wallbreaker's three lists
 * (rounds interleaved, median of {@code --rounds}); RSS of both after that load; freshness under
 * load ({@link LoadDriver#freshness}); restart after kill -9 in the middle of writes.
 */
public final class BenchmarkRun {

    /** Bump when the generator's output changes, so --reuse regenerates old data. */
    static final int DATA_VERSION = 2;

    static final String ADMIN_PASSWORD = "benchmark-admin-password";
    static final List<String> LISTS =
            List.of("/api/incidents?size=20", "/api/requests?size=20", "/api/shadow-systems?size=20");
    static final String BARE_LIST = "/items?size=20";
    static final int REPEATED_CALLS = 20;
    static final int KILL_AFTER_WRITES = 30;

    static final java.util.Set<String> OPTIONS = java.util.Set.of(
            "root",
            "work",
            "app-jar",
            "bare-jar",
            "app-java-opts",
            "gen-java-opts",
            "commit",
            "out",
            "only",
            "quick",
            "keep",
            "reuse",
            "requests",
            "incidents",
            "shadow",
            "teams",
            "seed",
            "starts",
            "rounds",
            "clients",
            "round-seconds",
            "warmup-seconds",
            "fresh-seconds",
            "writes-per-second",
            "app-port",
            "bare-port",
            "pg-port");

    // options
    private final Map<String, String> opts;
    private final Path root;
    private final Path work;
    private final Path appJar;
    private final Path bareJar;
    private final List<String> appJavaOpts;
    private final boolean quick;
    private final boolean keep;
    private final boolean reuse;
    private final int requests;
    private final int starts;
    private final int rounds;
    private final int clients;
    private final double roundSeconds;
    private final double warmupSeconds;
    private final double freshSeconds;
    private final double writesPerSecond;
    private final int appPort;
    private final int barePort;
    private final int pgPort;

    private final List<App> running = new CopyOnWriteArrayList<>();
    private final List<Path> pgToStop = new CopyOnWriteArrayList<>();
    private final long runStarted = System.nanoTime();

    private BenchmarkRun(Map<String, String> opts) {
        this.opts = opts;
        this.root = Path.of(opts.getOrDefault("root", ".")).toAbsolutePath().normalize();
        this.work = Path.of(opts.getOrDefault("work", "/tmp/wallbreaker-bench"))
                .toAbsolutePath()
                .normalize();
        this.appJar = Path.of(required("app-jar")).toAbsolutePath();
        this.bareJar = Path.of(required("bare-jar")).toAbsolutePath();
        String javaOpts = opts.getOrDefault("app-java-opts", "").trim();
        this.appJavaOpts = javaOpts.isEmpty() ? List.of() : Arrays.asList(javaOpts.split("\\s+"));
        this.quick = opts.containsKey("quick");
        this.reuse = opts.containsKey("reuse");
        this.keep = reuse || opts.containsKey("keep");
        this.requests = Integer.parseInt(opts.getOrDefault("requests", "1000000"));
        this.starts = Integer.parseInt(opts.getOrDefault("starts", "3"));
        this.rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));
        this.clients = Integer.parseInt(opts.getOrDefault("clients", "4"));
        this.roundSeconds = Double.parseDouble(opts.getOrDefault("round-seconds", quick ? "3" : "10"));
        this.warmupSeconds = Double.parseDouble(opts.getOrDefault("warmup-seconds", quick ? "5" : "10"));
        this.freshSeconds = Double.parseDouble(opts.getOrDefault("fresh-seconds", quick ? "30" : "120"));
        this.writesPerSecond = Double.parseDouble(opts.getOrDefault("writes-per-second", "2"));
        this.appPort = Integer.parseInt(opts.getOrDefault("app-port", "18099"));
        this.barePort = Integer.parseInt(opts.getOrDefault("bare-port", "18098"));
        this.pgPort = Integer.parseInt(opts.getOrDefault("pg-port", "55499"));
    }

    private String required(String name) {
        String v = opts.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required (scripts/benchmark.sh passes it)");
        }
        return v;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String name = a.substring(2);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + a + " (see scripts/benchmark.sh --help)");
            }
            if (List.of("quick", "keep", "reuse").contains(name)) {
                opts.put(name, "true");
            } else if (i + 1 < args.length) {
                opts.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
        }
        BenchmarkRun run = new BenchmarkRun(opts);
        Runtime.getRuntime().addShutdownHook(new Thread(run::cleanUp));
        run.run();
    }

    // ------------------------------------------------------------------ the run

    private void run() throws Exception {
        String only = opts.getOrDefault("only", "all");
        List<Engine> engines = new ArrayList<>();
        if (!only.equals("pg")) {
            engines.add(Engine.h2(work.resolve("h2")));
        }
        if (!only.equals("h2")) {
            engines.add(Engine.pg(work.resolve("pg"), root));
        }
        if (engines.isEmpty() || !List.of("all", "h2", "pg").contains(only)) {
            throw new IllegalArgumentException("--only takes h2 or pg");
        }
        Files.createDirectories(work);
        // 1-, 5- and 15-minute load averages: how busy the machine already was
        String load = String.join(
                " ",
                Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        List<Result> results = new ArrayList<>();
        boolean failed = false;
        for (Engine e : engines) {
            Result r = new Result(e);
            results.add(r);
            try {
                runEngine(e, r);
            } catch (Exception ex) {
                // The other database still runs; the table shows what was measured.
                failed = true;
                r.failure = ex.toString();
                System.out.println("== " + e.key + " FAILED: " + ex);
                ex.printStackTrace(System.out);
            }
        }
        String table = render(results, load);
        Path out = Path.of(opts.getOrDefault(
                "out", root.resolve("backend/target/benchmark-results.md").toString()));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table);
        Files.writeString(work.resolve("results-" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ".md"), table);
        System.out.println();
        System.out.println(table);
        System.out.println("(written to " + out + ")");
        if (failed) {
            System.exit(1);
        }
    }

    private void runEngine(Engine e, Result r) throws Exception {
        long t0 = System.nanoTime();
        Path logs = e.dir.resolve("logs");
        Path marker = e.dir.resolve("generated.properties");
        String params = "requests=" + requests + ";incidents=" + opts.getOrDefault("incidents", "")
                + ";shadow=" + opts.getOrDefault("shadow", "") + ";teams=" + opts.getOrDefault("teams", "")
                + ";seed=" + opts.getOrDefault("seed", "") + ";version=" + DATA_VERSION;
        Properties previous = read(marker);
        boolean reusing = reuse && previous != null && params.equals(previous.getProperty("params"));
        step(e, reusing ? "reusing the data generated " + previous.getProperty("generatedAt") : "fresh database");
        if (!reusing) {
            e.wipe();
        }
        Files.createDirectories(logs);
        e.start(pgPort);
        if (e.pgDir != null) {
            pgToStop.add(e.pgDir);
        }
        r.database = e.label;
        try {
            // A first start migrates a new database and signs in; the token outlives restarts.
            App wb = launchWallbreaker(e, logs, "prepare");
            wb.awaitUp("/api/health", Duration.ofMinutes(10));
            String token = signIn(wb.client);
            stop(wb);
            if (!reusing) {
                Files.deleteIfExists(marker);
                generate(e, marker, params);
                // The generator bypasses the app (no audit entries), so the metrics-mirror snapshot the
                // first start saved would pass as current: the app must build its mirror from the data.
                if (e.mirrorSnapshot != null) {
                    Files.deleteIfExists(e.mirrorSnapshot);
                }
            }
            r.data = read(marker);
            r.database = r.data.getProperty("database", e.label);

            step(e, "start-up: bare app and Wallbreaker alternately, " + starts + " each");
            App bare;
            for (int i = 1; i <= starts; i++) {
                bare = launchBare(e, logs, "start-" + i);
                r.bareStart.add(bare.awaitUp("/health", Duration.ofMinutes(2)));
                stop(bare);
                wb = launchWallbreaker(e, logs, "start-" + i);
                r.appStart.add(wb.awaitUp("/api/health", Duration.ofMinutes(10)));
                Client c = new Client(wb.client.base(), token);
                List<CompletableFuture<Client.Reply>> first = new ArrayList<>();
                for (String m : LoadDriver.DASHBOARD) {
                    first.add(c.getAsync(m));
                }
                for (int k = 0; k < first.size(); k++) {
                    Client.Reply reply = first.get(k).join().expect(200, LoadDriver.DASHBOARD.get(k));
                    r.firstCall
                            .computeIfAbsent(LoadDriver.DASHBOARD.get(k), x -> new ArrayList<>())
                            .add(reply.millis());
                }
                // The full report's first call comes right after the dashboard's (same start).
                r.firstCall
                        .computeIfAbsent(LoadDriver.TEAM_PAIRS, x -> new ArrayList<>())
                        .add(c.get(LoadDriver.TEAM_PAIRS)
                                .expect(200, LoadDriver.TEAM_PAIRS)
                                .millis());
                System.out.printf(
                        Locale.ROOT,
                        "   bare %.0f ms, Wallbreaker %.0f ms; first calls %s ms%n",
                        last(r.bareStart),
                        last(r.appStart),
                        reports().stream()
                                .map(m -> String.format(Locale.ROOT, "%.0f", last(r.firstCall.get(m))))
                                .toList());
                if (i < starts) {
                    stop(wb);
                }
            }
            Client app = new Client(wb.client.base(), token);

            step(e, "repeated calls (" + REPEATED_CALLS + " per metrics endpoint) and payloads");
            for (String m : reports()) {
                Client.Reply reply = null;
                for (int i = 0; i < REPEATED_CALLS; i++) {
                    reply = app.get(m).expect(200, m);
                    r.repeated.computeIfAbsent(m, x -> new ArrayList<>()).add(reply.millis());
                }
                r.bytes.put(m, sizes(reply.body()));
            }
            for (String l : LISTS) {
                r.bytes.put(l, sizes(app.get(l).expect(200, l).body()));
            }

            step(e, "list throughput: " + clients + " clients, " + rounds + " rounds of " + roundSeconds + " s");
            bare = launchBare(e, logs, "lists");
            bare.awaitUp("/health", Duration.ofMinutes(2));
            r.bytes.put(
                    BARE_LIST,
                    sizes(bare.client.get(BARE_LIST).expect(200, BARE_LIST).body()));
            Map<String, String[]> targets = new LinkedHashMap<>(); // path → {base, token}
            targets.put(BARE_LIST, new String[] {bare.client.base(), null});
            for (String l : LISTS) {
                targets.put(l, new String[] {app.base(), token});
            }
            for (Map.Entry<String, String[]> t : targets.entrySet()) {
                double secs = warmUp(t.getValue()[0], t.getValue()[1], t.getKey());
                System.out.printf(Locale.ROOT, "   warmed up %s for %.0f s%n", t.getKey(), secs);
                settle(wb);
            }
            for (int round = 1; round <= rounds; round++) {
                StringBuilder line = new StringBuilder("   round " + round + ":");
                for (Map.Entry<String, String[]> t : targets.entrySet()) {
                    LoadDriver.Rate rate =
                            LoadDriver.throughput(t.getValue()[0], t.getValue()[1], t.getKey(), clients, roundSeconds);
                    r.rps.computeIfAbsent(t.getKey(), x -> new ArrayList<>()).add(rate.perSecond());
                    r.listErrors.merge(t.getKey(), rate.errors(), Long::sum);
                    line.append(String.format(Locale.ROOT, " %s %.0f/s", t.getKey(), rate.perSecond()));
                    if (rate.errors() > 0) {
                        line.append(String.format(Locale.ROOT, " (%d failed: %s)", rate.errors(), rate.firstError()));
                        line.append(String.format(Locale.ROOT, " [settled %.0f s]", settle(wb)));
                    }
                }
                System.out.println(line);
            }
            r.bareRssKb = bare.rssKb();
            r.appRssKb = wb.rssKb();
            System.out.printf(
                    Locale.ROOT, "   RSS bare %d MB, Wallbreaker %d MB%n", r.bareRssKb / 1024, r.appRssKb / 1024);
            stop(bare);

            int planned = (int) Math.round(freshSeconds * writesPerSecond);
            step(
                    e,
                    "freshness under load: dashboard every 250 ms, " + writesPerSecond + " writes/s for " + freshSeconds
                            + " s");
            double idle = settle(wb); // the run is the dashboard and the writer alone, not leftovers of the lists
            if (idle > 2) {
                System.out.printf(Locale.ROOT, "   waited %.0f s for Wallbreaker to go idle%n", idle);
            }
            List<LoadDriver.OpenRequest> pool = LoadDriver.openRequests(app, planned + 4 * KILL_AFTER_WRITES);
            Collections.shuffle(pool, new java.util.Random(42));
            if (pool.size() < planned + 2 * KILL_AFTER_WRITES) {
                throw new IllegalStateException("only " + pool.size() + " open requests; generate more (--requests)");
            }
            r.fresh = LoadDriver.freshness(app, wb, pool.subList(0, planned), freshSeconds, writesPerSecond, 30);
            r.appRssEndKb = wb.rssKb();
            System.out.printf(
                    Locale.ROOT,
                    "   %d writes, %d seen; visible p50 %.2f s, max %.2f s; slowest call %.0f ms; CPU %.2f cores%n",
                    r.fresh.writes(),
                    r.fresh.seen(),
                    Stats.median(r.fresh.visibleSeconds()),
                    Stats.max(r.fresh.visibleSeconds()),
                    r.fresh.callMillis().values().stream()
                            .mapToDouble(Stats::max)
                            .max()
                            .orElse(Double.NaN),
                    r.fresh.cpuCores());

            step(e, "restart after kill -9 in the middle of writes");
            LoadDriver.Killed killed =
                    LoadDriver.killDuringWrites(app, wb, pool.subList(planned, pool.size()), KILL_AFTER_WRITES);
            running.remove(wb);
            wb = launchWallbreaker(e, logs, "restart-after-kill");
            r.restartMs = wb.awaitUp("/api/health", Duration.ofMinutes(10));
            r.killedAcked = killed.acknowledged();
            r.killedLost = LoadDriver.lostWrites(new Client(wb.client.base(), token), killed.acknowledgedRequests());
            System.out.printf(
                    Locale.ROOT,
                    "   up again after %.0f ms; %d acknowledged writes, %d lost%n",
                    r.restartMs,
                    r.killedAcked,
                    r.killedLost);
            stop(wb);
        } finally {
            for (App a : running) {
                stop(a);
            }
            e.finish(keep);
            pgToStop.remove(e.pgDir);
        }
        r.seconds = (System.nanoTime() - t0) / 1e9;
        step(e, String.format(Locale.ROOT, "done in %.0f s", r.seconds));
    }

    /**
     * Load on one list for at least {@code --warmup-seconds}, then in 2-second windows until two windows
     * in a row agree within 10% (the JIT has settled), at most 6 times the minimum; returns the seconds spent.
     */
    private double warmUp(String base, String token, String path) throws InterruptedException {
        long t0 = System.nanoTime();
        if (LoadDriver.throughput(base, token, path, clients, warmupSeconds).perSecond() < 1) {
            return (System.nanoTime() - t0) / 1e9; // too slow to settle; more load would only pile up
        }
        double previous = LoadDriver.throughput(base, token, path, clients, 2).perSecond();
        while ((System.nanoTime() - t0) / 1e9 < 6 * warmupSeconds) {
            double now = LoadDriver.throughput(base, token, path, clients, 2).perSecond();
            if (Math.abs(now - previous) <= 0.1 * now) {
                break;
            }
            previous = now;
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Waits until Wallbreaker is idle again (under 0.2 cores over a second; at most 3 minutes), so
     * work left behind by a list that timed out does not slow the next measurement; returns the seconds waited.
     */
    private static double settle(App app) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        while ((System.nanoTime() - t0) / 1e9 < 180) {
            double before = app.cpuSeconds();
            Thread.sleep(1000);
            if (app.cpuSeconds() - before < 0.2) {
                break;
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The dashboard's four reports and the full team-pairs report. */
    private static List<String> reports() {
        List<String> all = new ArrayList<>(LoadDriver.DASHBOARD);
        all.add(LoadDriver.TEAM_PAIRS);
        return all;
    }

    private static String label(String metricsPath) {
        return "`" + metricsPath.replace("/api/metrics/", "") + "`"
                + (metricsPath.equals(LoadDriver.TEAM_PAIRS) ? " (full report)" : "");
    }

    private static double last(List<Double> l) {
        return l.get(l.size() - 1);
    }

    private void step(Engine e, String what) {
        System.out.printf(Locale.ROOT, "== %s [%.0f s] %s%n", e.key, (System.nanoTime() - runStarted) / 1e9, what);
    }

    private App launchWallbreaker(Engine e, Path logs, String name) throws IOException {
        Map<String, String> env = new LinkedHashMap<>(e.appEnv);
        env.put("WALLBREAKER_ADMIN_PASSWORD", ADMIN_PASSWORD);
        App a = App.launch(
                "Wallbreaker", appJar, appJavaOpts, env, appPort, logs.resolve("wallbreaker-" + name + ".log"));
        running.add(a);
        return a;
    }

    private App launchBare(Engine e, Path logs, String name) throws IOException {
        App a = App.launch(
                "bare app", bareJar, appJavaOpts, e.bareEnv, barePort, logs.resolve("bare-" + name + ".log"));
        running.add(a);
        return a;
    }

    private void stop(App a) throws InterruptedException {
        a.stop();
        running.remove(a);
    }

    static String signIn(Client c) throws IOException, InterruptedException {
        Object body = c.post(
                        "/api/auth/login", "{\"login\":\"admin\",\"password\":" + Client.quote(ADMIN_PASSWORD) + "}")
                .expect(200, "sign-in as admin")
                .json();
        return (String) Json.object(body).get("accessToken");
    }

    /** {@link BenchmarkData} in its own JVM (same class path), timed; its summary lands in {@code marker}. */
    private void generate(Engine e, Path marker, String params) throws IOException, InterruptedException {
        step(e, "generating " + String.format(Locale.ROOT, "%,d", requests) + " requests");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String genOpts = opts.getOrDefault("gen-java-opts", "").trim();
        if (!genOpts.isEmpty()) {
            cmd.addAll(Arrays.asList(genOpts.split("\\s+")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkData.class.getName()));
        cmd.addAll(List.of("--url", e.jdbcUrl, "--user", e.user, "--password", "", "--requests", "" + requests));
        for (String o : List.of("incidents", "shadow", "teams", "seed")) {
            if (opts.containsKey(o)) {
                cmd.addAll(List.of("--" + o, opts.get(o)));
            }
        }
        cmd.addAll(List.of("--summary", marker.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                System.out.write(buf, 0, n);
                System.out.flush();
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the generator failed (exit " + p.exitValue() + ")");
        }
        Properties summary = read(marker);
        summary.setProperty("params", params);
        summary.setProperty(
                "generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        summary.setProperty("generationSeconds", String.format(Locale.ROOT, "%.0f", (System.nanoTime() - t0) / 1e9));
        try (Writer w = Files.newBufferedWriter(marker)) {
            summary.store(w, "BenchmarkData summary");
        }
    }

    private static Properties read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }

    private static long[] sizes(byte[] body) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(body);
        }
        return new long[] {body.length, gz.size()};
    }

    /** On Ctrl-C or a failure: no server left behind. */
    private void cleanUp() {
        for (App a : running) {
            try {
                a.kill9();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
        for (Path dir : pgToStop) {
            try {
                Engine.pgScript(root, keep ? "stop" : "remove", dir.toString());
            } catch (Exception ignored) {
                // best effort on the way out
            }
        }
    }

    // ------------------------------------------------------------------ databases

    /** One database engine under test, with the variables both apps get to use it. */
    static final class Engine {
        final String key;
        final Path dir;
        final Path pgDir;
        final Path root;
        String label;
        String jdbcUrl;
        String user;
        Map<String, String> appEnv;
        Map<String, String> bareEnv;
        Path mirrorSnapshot; // where the app saves its metrics mirror for this database, if anywhere

        private Engine(String key, Path dir, Path pgDir, Path root) {
            this.key = key;
            this.dir = dir;
            this.pgDir = pgDir;
            this.root = root;
        }

        static Engine h2(Path dir) {
            Engine e = new Engine("h2", dir, null, null);
            e.label = "H2 (file)";
            Path db = dir.resolve("db");
            // The generator's connection; the app adds its own options (io.wallbreaker.RuntimeDefaults).
            e.jdbcUrl = "jdbc:h2:file:" + db.resolve("wallbreaker")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            e.user = "sa";
            e.appEnv = Map.of("WALLBREAKER_DATA_DIR", db.toString());
            e.mirrorSnapshot = db.resolve("metrics-mirror.bin"); // io.wallbreaker.RuntimeDefaults
            // H2 files take one process each: the bare app has its own, with the same options.
            e.bareEnv = Map.of("WALLBREAKER_DATA_DIR", dir.resolve("bare").toString());
            return e;
        }

        static Engine pg(Path dir, Path root) {
            return new Engine("pg", dir, dir.resolve("cluster"), root);
        }

        void wipe() throws IOException, InterruptedException {
            if (pgDir != null) {
                pgScript(root, "remove", pgDir.toString());
            }
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
        }

        void start(int pgPort) throws IOException, InterruptedException {
            if (pgDir == null) {
                return;
            }
            label = pgScript(root, "version");
            jdbcUrl = pgScript(root, "start", Integer.toString(pgPort), pgDir.toString());
            user = "wallbreaker";
            appEnv = Map.of("WALLBREAKER_DB_URL", jdbcUrl, "WALLBREAKER_DB_USER", user, "WALLBREAKER_DB_PASSWORD", "");
            bareEnv = appEnv; // the same database; the bare app's table is bare_item
        }

        /** Keeps the data for --reuse (PostgreSQL stopped), or deletes it. */
        void finish(boolean keep) throws IOException, InterruptedException {
            if (keep) {
                if (pgDir != null) {
                    pgScript(root, "stop", pgDir.toString());
                }
            } else {
                wipe();
            }
        }

        static String pgScript(Path root, String... args) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>();
            cmd.add(root.resolve("scripts/bench-pg.sh").toString());
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("scripts/bench-pg.sh " + String.join(" ", args) + " failed");
            }
            String[] lines = out.split("\n");
            return lines[lines.length - 1].trim();
        }
    }

    // ------------------------------------------------------------------ results

    static final class Result {
        final Engine engine;
        String database;
        String failure;
        Properties data;
        double seconds;
        final List<Double> bareStart = new ArrayList<>();
        final List<Double> appStart = new ArrayList<>();
        final Map<String, List<Double>> firstCall = new LinkedHashMap<>();
        final Map<String, List<Double>> repeated = new LinkedHashMap<>();
        final Map<String, long[]> bytes = new LinkedHashMap<>();
        final Map<String, List<Double>> rps = new LinkedHashMap<>();
        final Map<String, Long> listErrors = new LinkedHashMap<>();
        long bareRssKb;
        long appRssKb;
        long appRssEndKb;
        LoadDriver.Freshness fresh;
        double restartMs;
        int killedAcked;
        int killedLost;

        Result(Engine engine) {
            this.engine = engine;
            this.database = engine.key.equals("h2") ? "H2" : "PostgreSQL";
        }
    }

    private String render(List<Result> results, String loadAtStart) throws IOException, InterruptedException {
        Table t = new Table(results);
        String ok = "✓";
        String no = "✗";

        t.section("Start-up to first 200, median of " + starts);
        t.row("bare app (`/health`)", r -> ms(Stats.median(r.bareStart)), "");
        t.row("Wallbreaker (`/api/health`)", r -> ms(Stats.median(r.appStart)), "");
        t.row(
                "ratio Wallbreaker / bare",
                r -> {
                    double x = Stats.median(r.appStart) / Stats.median(r.bareStart);
                    return ratio(x) + " " + (x <= 1.5 ? ok : no);
                },
                "≤ 1.5×");

        t.section("First call after start: the dashboard's 4 reports at once, then the full team-pairs report; "
                + "median (max) of " + starts + " starts");
        for (String m : reports()) {
            t.row(
                    label(m),
                    r -> {
                        List<Double> v = r.firstCall.get(m);
                        double med = Stats.median(v);
                        return ms(med) + " (" + ms(Stats.max(v)) + ") " + (med <= 1000 ? ok : no);
                    },
                    "≤ 1 s");
        }

        t.section("Repeated calls, " + REPEATED_CALLS + " one after another: median / p90 / max");
        for (String m : reports()) {
            t.row(
                    label(m),
                    r -> {
                        List<Double> v = r.repeated.get(m);
                        return ms(Stats.median(v)) + " / " + ms(Stats.percentile(v, 0.9)) + " / " + ms(Stats.max(v));
                    },
                    "");
        }

        t.section("List throughput, " + clients + " clients × " + fmt(roundSeconds) + " s, median of " + rounds
                + " interleaved rounds (× bare)");
        t.row(
                "bare app `" + BARE_LIST + "` (Micronaut Data JDBC, 20 rows)",
                r -> rps(Stats.median(r.rps.get(BARE_LIST))) + failed(r.listErrors.get(BARE_LIST)),
                "");
        for (String l : LISTS) {
            t.row(
                    "`" + l + "`",
                    r -> {
                        double x = Stats.median(r.rps.get(l)) / Stats.median(r.rps.get(BARE_LIST));
                        long errors = r.listErrors.getOrDefault(l, 0L);
                        return rps(Stats.median(r.rps.get(l))) + " (" + ratio(x) + ") " + failed(errors)
                                + (x >= 0.7 && errors == 0 ? ok : no);
                    },
                    "≥ 0.7× bare");
        }

        t.section("Memory: RSS after the list load" + (appJavaOpts.isEmpty() ? " (JVM defaults)" : ""));
        t.row("bare app", r -> mb(r.bareRssKb), "");
        t.row(
                "Wallbreaker (× bare)",
                r -> {
                    double x = r.appRssKb / (double) r.bareRssKb;
                    return mb(r.appRssKb) + " (" + ratio(x) + ") " + (x <= 1.3 ? ok : no);
                },
                "≤ 1.3× bare");
        t.row("Wallbreaker after the freshness run", r -> mb(r.appRssEndKb), "");

        t.section("Freshness under load: the dashboard's 4 reports every 250 ms, writer appends " + fmt(writesPerSecond)
                + "/s for " + fmt(freshSeconds) + " s");
        t.row(
                "event visible in its pair: p50 / p95 / max",
                r -> {
                    List<Double> v = r.fresh.visibleSeconds();
                    boolean all = r.fresh.seen() == r.fresh.writes();
                    return secs(Stats.median(v)) + " / " + secs(Stats.percentile(v, 0.95)) + " / " + secs(Stats.max(v))
                            + " " + (all && Stats.max(v) <= 5 ? ok : no);
                },
                "all ≤ 5 s");
        t.row(
                "writes acknowledged / seen (failed)",
                r -> r.fresh.writes() + " / " + r.fresh.seen()
                        + (r.fresh.writeFailures() > 0 ? " (" + r.fresh.writeFailures() + ")" : ""),
                "all seen");
        t.row(
                "append `POST …/events`: median / max",
                r -> ms(Stats.median(r.fresh.writeMillis())) + " / " + ms(Stats.max(r.fresh.writeMillis())),
                "");
        t.row(
                "metrics calls: count, p95, slowest",
                r -> {
                    List<Double> all = new ArrayList<>();
                    r.fresh.callMillis().values().forEach(all::addAll);
                    double max = Stats.max(all);
                    return String.format(Locale.ROOT, "%,d", all.size()) + ", " + ms(Stats.percentile(all, 0.95)) + ", "
                            + ms(max) + " " + (max <= 500 && r.fresh.callFailures() == 0 ? ok : no);
                },
                "none > 500 ms");
        for (String m : LoadDriver.DASHBOARD) {
            t.row(
                    "  slowest " + label(m) + " (p95)",
                    r -> {
                        List<Double> v = r.fresh.callMillis().get(m);
                        return ms(Stats.max(v)) + " (" + ms(Stats.percentile(v, 0.95)) + ")";
                    },
                    "");
        }
        t.row(
                "app CPU, average over the run",
                r -> String.format(Locale.ROOT, "%.2f cores", r.fresh.cpuCores()) + " "
                        + (r.fresh.cpuCores() < 1 ? ok : no),
                "< 1 core");

        t.section("Restart after kill -9 during writes");
        t.row(
                "to first 200; acknowledged writes kept",
                r -> secs(r.restartMs / 1000)
                        + (r.engine.key.equals("h2") ? (r.restartMs <= 10_000 ? " " + ok : " " + no) : "") + "; "
                        + (r.killedAcked - r.killedLost) + " of " + r.killedAcked,
                "≤ 10 s on H2; all kept");

        t.section("Payload bytes per call (raw / gzip)");
        List<String> payloads = new ArrayList<>(reports());
        payloads.addAll(LISTS);
        payloads.add(BARE_LIST);
        for (String p : payloads) {
            t.row(
                    "`" + p + "`" + (p.equals(BARE_LIST) ? " (bare app)" : ""),
                    r -> {
                        long[] b = r.bytes.get(p);
                        return String.format(Locale.ROOT, "%,d / %,d", b[0], b[1]);
                    },
                    "report");
        }

        StringBuilder out = new StringBuilder();
        out.append("## Wallbreaker benchmark — ")
                .append(String.format(Locale.ROOT, "%,d", requests))
                .append(" requests")
                .append(quick ? " (--quick)" : "")
                .append("\n\n");
        out.append("- Run: ")
                .append(Instant.now().truncatedTo(ChronoUnit.MINUTES))
                .append(", commit ")
                .append(opts.getOrDefault("commit", "?"))
                .append(String.format(Locale.ROOT, ", %.0f min in all", (System.nanoTime() - runStarted) / 60e9));
        out.append(results.stream()
                .map(r -> String.format(Locale.ROOT, "%s %.0f min", r.engine.key, r.seconds / 60))
                .collect(java.util.stream.Collectors.joining(", ", " (", ")")));
        out.append("\n- Machine: ")
                .append(machine())
                .append("; load average at start ")
                .append(loadAtStart);
        out.append("\n- Apps: ")
                .append(appJavaOpts.isEmpty() ? "JVM defaults" : String.join(" ", appJavaOpts))
                .append(
                        " for both; the bare app is benchmark/bare-app (Micronaut 4.10.8, Netty, Hikari, Data JDBC, Serde)");
        for (Result r : results) {
            out.append("\n- Data on ").append(r.database).append(": ").append(describe(r.data));
            if (r.failure != null) {
                out.append("\n- **")
                        .append(r.database)
                        .append(" failed**: ")
                        .append(r.failure)
                        .append(" (see benchmark.log; figures up to the failure are shown)");
            }
        }
        out.append("\n\n").append(t.markdown());
        return out.toString();
    }

    private static String describe(Properties d) {
        if (d == null) {
            return "?";
        }
        String gen = d.getProperty("generationSeconds", "?");
        return String.format(
                Locale.ROOT,
                "%,d requests (%,d open, %,d reopened), %,d events, %,d incidents (%,d with ≥ 2 linked requests, "
                        + "up to %s), %,d shadow systems; %s teams, %,d pairs with requests (the busiest pair has %s "
                        + "of them, the top 10%% of pairs %s; the quieter half of the teams takes part in %s); "
                        + "generated in %s s on %s",
                num(d, "requests"),
                num(d, "openRequests"),
                num(d, "reopenedRequests"),
                num(d, "events"),
                num(d, "incidents"),
                num(d, "incidentsWithSeveralRequests"),
                d.getProperty("maxRequestsPerIncident", "?"),
                num(d, "shadowSystems"),
                d.getProperty("teams", "?"),
                num(d, "pairs"),
                d.getProperty("busiestPairShare", "?"),
                d.getProperty("top10PercentPairsShare", "?"),
                d.getProperty("quietHalfShare", "?"),
                gen,
                d.getProperty("generatedAt", "?"));
    }

    private static long num(Properties d, String key) {
        return Long.parseLong(d.getProperty(key, "0"));
    }

    private static String machine() throws IOException, InterruptedException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).trim();
                break;
            }
        }
        long memKb = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %.0f GB RAM, %s %s; Java %s (%s)",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                memKb / 1024.0 / 1024.0,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"));
    }

    private static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f ms", v) : String.format(Locale.ROOT, "%.1f ms", v);
    }

    private static String secs(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f s", v);
    }

    private static String failed(Long errors) {
        return errors == null || errors == 0 ? "" : String.format(Locale.ROOT, " %,d failed ", errors);
    }

    private static String rps(double v) {
        return String.format(Locale.ROOT, "%,.0f/s", v);
    }

    private static String ratio(double v) {
        return String.format(Locale.ROOT, "%.2f×", v);
    }

    private static String mb(long kb) {
        return String.format(Locale.ROOT, "%,d MB", Math.round(kb / 1024.0));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }

    /** Rows of figures, one column per database, plus the goal; section rows in bold. */
    static final class Table {
        private final List<Result> results;
        private final StringBuilder rows = new StringBuilder();

        Table(List<Result> results) {
            this.results = results;
        }

        void section(String title) {
            rows.append("| **").append(title).append("** |");
            rows.append(" |".repeat(results.size() + 1)).append('\n');
        }

        void row(String label, java.util.function.Function<Result, String> cell, String goal) {
            rows.append("| ").append(label).append(" |");
            for (Result r : results) {
                String v;
                try {
                    v = cell.apply(r);
                } catch (RuntimeException missing) {
                    v = "–";
                }
                rows.append(' ').append(v).append(" |");
            }
            rows.append(' ').append(goal).append(" |\n");
        }

        String markdown() {
            StringBuilder b = new StringBuilder("| measure |");
            for (Result r : results) {
                b.append(' ').append(r.database).append(" |");
            }
            b.append(" goal |\n|---|");
            b.append("---|".repeat(results.size() + 1)).append('\n');
            return b.append(rows).toString();
        }
    }
}

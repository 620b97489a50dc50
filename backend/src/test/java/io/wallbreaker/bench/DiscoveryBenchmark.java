package io.wallbreaker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inventory imports at 10,000 items (issue 14: under 5 s on H2). Started by
 * scripts/benchmark-discovery.sh. Starts the app jar on a fresh H2 database (or the database its
 * environment names), imports a catalog of 2,000 Backstage entities, then, {@code --runs} times:
 *
 * <ol>
 *   <li>a Heroku list of 10,000 apps nobody has seen (9,000 in the catalog, 1,000 not: candidates),
 *       which also marks the previous run's 10,000 gone;
 *   <li>the same list with every app released again (10,000 items updated);
 *   <li>the same list once more (answered from the previous snapshot: nothing changes);
 *   <li>a DNS zone of 10,000 names under a new origin {@code run<r>.acme.example}; the catalog's
 *       wildcards ({@code *.zoneN.acme.example}) cover none of them, so all 10,000 become candidates
 *       (the heaviest case).
 * </ol>
 *
 * Prints the median and the worst time of each step (the time of the HTTP call, parsing included).
 */
public final class DiscoveryBenchmark {

    private static final int ITEMS = 10_000;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path jar = Path.of(opts.getOrDefault("app-jar", "backend/target/wallbreaker.jar"));
        Path work = Path.of(opts.getOrDefault("work", "/tmp/wallbreaker-discovery-bench"));
        int runs = Integer.parseInt(opts.getOrDefault("runs", "5"));
        int port = Integer.parseInt(opts.getOrDefault("port", "18090"));
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "h2-");
        Map<String, String> env = new java.util.HashMap<>();
        env.put("WALLBREAKER_DATA_DIR", data.toString());
        env.put("WALLBREAKER_ADMIN_PASSWORD", BenchmarkRun.ADMIN_PASSWORD);
        for (String name : List.of("WALLBREAKER_DB_URL", "WALLBREAKER_DB_USER", "WALLBREAKER_DB_PASSWORD")) {
            if (System.getenv(name) != null) {
                env.put(name, System.getenv(name));
            }
        }
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        if (System.getenv("BENCH_JFR") != null) {
            // A profile of the app for the whole run: BENCH_JFR=/tmp/discovery.jfr, then `jfr print`.
            jvm.add("-XX:StartFlightRecording=filename=" + System.getenv("BENCH_JFR")
                    + ",settings=profile,dumponexit=true");
        }
        App app = App.launch("wallbreaker", jar, jvm, env, port, work.resolve("discovery-app.log"));
        try {
            app.awaitUp("/api/health", Duration.ofSeconds(120));
            run(app, runs);
        } finally {
            app.stop();
        }
    }

    private static void run(App app, int runs) throws Exception {
        Client admin = app.client.withToken(BenchmarkRun.signIn(app.client));
        admin.post("/api/teams", "{\"slug\":\"ops\",\"name\":\"Operations\",\"kind\":\"OPS\"}");
        admin.post("/api/teams", "{\"slug\":\"web\",\"name\":\"Web\",\"kind\":\"DEV\"}");
        Client.Reply catalog =
                admin.post("/api/catalog/import", catalog(), "application/yaml").expect(200, "catalog import");
        System.out.printf("catalog: 2,000 entities in %.0f ms%n", catalog.millis());

        List<Double> fresh = new ArrayList<>();
        List<Double> updated = new ArrayList<>();
        List<Double> repeated = new ArrayList<>();
        List<Double> zones = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            String apps = heroku(r, "2026-11-01T10:00:00Z");
            Client.Reply first = admin.post("/api/inventories/heroku/import", apps, "application/json")
                    .expect(200, "heroku import");
            fresh.add(first.millis());
            updated.add(
                    admin.post("/api/inventories/heroku/import", heroku(r, "2026-11-02T10:00:00Z"), "application/json")
                            .expect(200, "heroku re-import")
                            .millis());
            repeated.add(
                    admin.post("/api/inventories/heroku/import", heroku(r, "2026-11-02T10:00:00Z"), "application/json")
                            .expect(200, "heroku repeated import")
                            .millis());
            zones.add(admin.post("/api/inventories/dns/import", zone(r), "text/dns")
                    .expect(200, "dns import")
                    .millis());
            if (r == 1) {
                System.out.println("first heroku report: " + first.text().replaceAll("\"owners\":\\[.*", "…"));
            }
        }
        System.out.printf(
                "10,000-item imports, %d runs (median / worst ms):%n"
                        + "  heroku, 10,000 new (and 10,000 gone): %.0f / %.0f%n"
                        + "  heroku, 10,000 updated:               %.0f / %.0f%n"
                        + "  heroku, same file again:              %.0f / %.0f%n"
                        + "  dns zone, 10,000 new names:           %.0f / %.0f%n"
                        + "app CPU seconds since start: %.1f%n",
                runs,
                Stats.median(fresh),
                Stats.max(fresh),
                Stats.median(updated),
                Stats.max(updated),
                Stats.median(repeated),
                Stats.max(repeated),
                Stats.median(zones),
                Stats.max(zones),
                app.cpuSeconds());
    }

    /** 2,000 components: 1,800 name a Heroku app of each run, 200 a wildcard for the DNS zones. */
    private static String catalog() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            b.append("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: service-")
                    .append(i)
                    .append("\n  annotations:\n    wallbreaker.io/heroku-apps: \"");
            if (i < 1800) {
                for (int r = 1; r <= 9; r++) {
                    for (int k = 0; k < 5; k++) {
                        b.append("r")
                                .append(r)
                                .append("-app-")
                                .append(i * 5 + k)
                                .append(' ');
                    }
                }
            }
            b.append("\"\n    wallbreaker.io/hostnames: \"*.zone")
                    .append(i % 10)
                    .append(".acme.example\"\n")
                    .append("spec:\n  type: service\n  owner: ")
                    .append(i % 2 == 0 ? "web" : "ops")
                    .append("\n---\n");
        }
        return b.toString();
    }

    /** Run r's 10,000 apps: the first 9,000 are in the catalog. */
    private static String heroku(int r, String released) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < ITEMS; i++) {
            String name = "r" + r + "-app-" + i;
            if (i > 0) {
                b.append(",\n");
            }
            b.append("{\"acm\":false,\"archived_at\":null,\"buildpack_provided_description\":\"Node.js\",")
                    .append("\"build_stack\":{\"id\":\"ae20c86e-6f5b-4f6f-b5b5-0e3f1c3b8a11\",\"name\":\"heroku-22\"},")
                    .append("\"created_at\":\"")
                    .append(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 3600L))
                    .append("\",\"git_url\":\"https://git.heroku.com/")
                    .append(name)
                    .append(".git\",\"id\":\"00000000-0000-4000-8000-")
                    .append(String.format("%012d", i))
                    .append("\",\"maintenance\":false,\"name\":\"")
                    .append(name)
                    .append("\",\"owner\":{\"email\":\"")
                    .append(i % 3 == 0 ? "web" : "someone" + i)
                    .append("@acme.example\",\"id\":\"9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"},\"organization\":null,")
                    .append(
                            "\"team\":null,\"region\":{\"id\":\"ed30241c-ed8c-4bb6-9714-61953675d0b4\",\"name\":\"eu\"},")
                    .append("\"released_at\":\"")
                    .append(released)
                    .append("\",\"slug_size\":48234567,\"space\":null,\"stack\":{\"name\":\"heroku-22\"},")
                    .append("\"updated_at\":\"")
                    .append(released)
                    .append("\",\"web_url\":\"https://")
                    .append(name)
                    .append("-3f9a1c2b7d4e.herokuapp.com/\"}");
        }
        return b.append("]").toString();
    }

    /** 10,000 names under a new origin each run, relative to it: no catalog wildcard covers them. */
    private static String zone(int r) {
        StringBuilder b = new StringBuilder("$ORIGIN run")
                .append(r)
                .append(".acme.example.\n$TTL 3600\n@ IN SOA ns1.acme.example. hostmaster.acme.example. ")
                .append("(2026112901 7200 3600 1209600 3600)\n  IN NS ns1.acme.example.\n");
        for (int i = 0; i < ITEMS; i++) {
            if (i < 9000) {
                b.append("host")
                        .append(i)
                        .append(".zone")
                        .append(i % 10)
                        .append(" IN A 10.")
                        .append(i / 65536 % 256)
                        .append('.')
                        .append(i / 256 % 256)
                        .append('.')
                        .append(i % 256)
                        .append('\n');
            } else {
                b.append("unknown")
                        .append(i)
                        .append(" IN CNAME unknown")
                        .append(i)
                        .append(".herokuapp.com.\n");
            }
        }
        return b.toString();
    }
}

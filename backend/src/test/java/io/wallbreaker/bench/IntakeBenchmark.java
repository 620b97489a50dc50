package io.wallbreaker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook intake under a steady stream (issue 12: p95 under 100 ms at 20 deliveries a second).
 * Started by scripts/benchmark-intake.sh. Starts the app jar on a fresh H2 database (or the
 * database its environment names), creates a Jira connector and sends signed Jira deliveries open
 * loop at {@code --rate} a second for {@code --seconds}: one in five opens a new ticket, the others
 * move an existing ticket between "Waiting for customer" and "Waiting for support" or comment on it,
 * each re-deriving the ticket's request. Latency is measured from the scheduled send to the answer,
 * so a slow answer also delays nothing else. Afterwards every delivery must be processed.
 */
public final class IntakeBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path jar = Path.of(opts.getOrDefault("app-jar", "backend/target/wallbreaker.jar"));
        Path work = Path.of(opts.getOrDefault("work", "/tmp/wallbreaker-intake-bench"));
        int rate = Integer.parseInt(opts.getOrDefault("rate", "20"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
        int port = Integer.parseInt(opts.getOrDefault("port", "18089"));
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
        App app = App.launch("wallbreaker", jar, List.of("-Xmx512m"), env, port, work.resolve("intake-app.log"));
        try {
            app.awaitUp("/api/health", Duration.ofSeconds(120));
            run(app, port, rate, seconds);
        } finally {
            app.stop();
        }
    }

    private static void run(App app, int port, int rate, int seconds) throws Exception {
        Client admin = app.client.withToken(BenchmarkRun.signIn(app.client));
        for (String team : List.of("web", "ops")) {
            admin.post("/api/teams", "{\"slug\":\"" + team + "\",\"name\":\"" + team + "\",\"kind\":\"DEV\"}");
        }
        Client.Reply created = admin.post("/api/connectors", "{\"kind\":\"JIRA\",\"name\":\"bench\"}");
        String body = created.text();
        long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
        String secret = body.replaceAll("(?s).*\"secret\":\"([^\"]+)\".*", "$1");
        URI webhook = URI.create("http://127.0.0.1:" + port + "/api/connectors/" + id + "/webhook");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // Warm-up: 100 deliveries, not measured.
        for (int n = 0; n < 100; n++) {
            send(http, webhook, secret, n).join();
        }
        List<Double> latencies = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            int n = 100 + i;
            long due = start + i * periodNanos;
            clock.schedule(
                    () -> pending.add(send(http, webhook, secret, n).whenComplete((status, error) -> {
                        latencies.add((System.nanoTime() - due) / 1e6);
                        statuses.merge(error == null ? status : -1, 1, Integer::sum);
                    })),
                    due - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        double cpu = app.cpuSeconds();
        Thread.sleep(1000);
        String received = admin.get("/api/connectors/" + id + "/deliveries?status=RECEIVED&size=1")
                .text();
        String all = admin.get("/api/connectors/" + id + "/deliveries?size=1").text();
        System.out.printf(
                "intake: %d deliveries at %d/s over %d s (after 100 warm-up)%n"
                        + "latency ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f%n"
                        + "answers by status: %s%n"
                        + "left unprocessed: %s; all deliveries: %s%n"
                        + "app CPU seconds since start: %.1f%n",
                total,
                rate,
                seconds,
                Stats.median(latencies),
                Stats.percentile(latencies, 0.95),
                Stats.percentile(latencies, 0.99),
                Stats.max(latencies),
                new TreeMap<>(statuses),
                received.replaceAll(".*\"total\":(\\d+).*", "$1"),
                all.replaceAll(".*\"total\":(\\d+).*", "$1"),
                cpu);
    }

    /** Delivery n: every fifth opens ticket n/5, the others change or comment on it. */
    private static CompletableFuture<Integer> send(HttpClient http, URI webhook, String secret, int n) {
        int ticket = n / 5;
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n * 60L);
        String issue = "\"issue\":{\"id\":\"" + (100000 + ticket) + "\",\"key\":\"BENCH-" + ticket
                + "\",\"self\":\"https://acme.atlassian.net/rest/api/2/" + (100000 + ticket) + "\",\"fields\":{"
                + "\"created\":\"" + Instant.parse("2026-01-01T00:00:00Z").plusSeconds(ticket * 300L) + "\","
                + "\"summary\":\"Production logs " + ticket + "\",\"labels\":[\"from:web\",\"to:ops\"],"
                + "\"project\":{\"key\":\"BENCH\"},\"issuetype\":{\"name\":\"Task\"},\"status\":{\"name\":\""
                + (n % 2 == 0 ? "Waiting for customer" : "Waiting for support") + "\",\"statusCategory\":{\"key\":\""
                + (n % 2 == 0 ? "indeterminate" : "new") + "\"}}}}";
        String body;
        switch (n % 5) {
            case 0 ->
                body = "{\"timestamp\":" + at.toEpochMilli() + ",\"webhookEvent\":\"jira:issue_created\","
                        + issue.replace("Waiting for customer", "Waiting for support")
                                .replace("indeterminate", "new")
                        + "}";
            case 3 ->
                body = "{\"timestamp\":" + at.toEpochMilli() + ",\"webhookEvent\":\"comment_created\","
                        + "\"comment\":{\"id\":\"" + n
                        + "\",\"body\":\"Which time range?\",\"author\":{\"accountId\":\"a"
                        + (n % 7) + "\"},\"created\":\"" + at + "\"}," + issue + "}";
            default ->
                body = "{\"timestamp\":" + at.toEpochMilli() + ",\"webhookEvent\":\"jira:issue_updated\","
                        + "\"changelog\":{\"id\":\"" + n + "\",\"items\":[{\"field\":\"status\",\"fromString\":\""
                        + (n % 2 == 0 ? "Waiting for support" : "Waiting for customer") + "\",\"toString\":\""
                        + (n % 2 == 0 ? "Waiting for customer" : "Waiting for support") + "\"}]}," + issue + "}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature", "sha256=" + hmac(secret, bytes))
                .header("X-Atlassian-Webhook-Identifier", "bench-" + n)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

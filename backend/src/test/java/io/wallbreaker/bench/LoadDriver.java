package io.wallbreaker.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The benchmark's load: list throughput with concurrent clients, the dashboard-and-writer freshness
 * run, and writes interrupted by a hard kill. Plain threads and the JDK HTTP client, so the figures
 * do not include process start-up of curl or a shell.
 */
final class LoadDriver {

    /**
     * The four reports the dashboard loads at once (frontend/src/features/dashboard/useDashboard.ts):
     * the compact heatmap, incidents, shadow systems, trends. The first is the pairs answer that
     * {@link #closedByPair} reads for freshness.
     */
    static final List<String> DASHBOARD = List.of(
            "/api/metrics/team-pairs/heatmap",
            "/api/metrics/incidents",
            "/api/metrics/shadow",
            "/api/metrics/trends?bucket=month");

    /** The full team-pairs report (every figure of every pair), for API and CSV users; not polled by the dashboard. */
    static final String TEAM_PAIRS = "/api/metrics/team-pairs";

    private LoadDriver() {}

    // ------------------------------------------------------------------ team-pairs shape

    /**
     * The one place that reads a pairs answer: {@code "requester→responder"} → that pair's {@code closed}.
     * Reads docs/API.md's team-pairs shape {@code {pairs: [{requesterTeam, responderTeam, closed, …}]}}
     * and the compact heatmap shape {@code {teams: [slug], cells: [{requester, responder, closed, …}]}}
     * (indexes into {@code teams}); change only this method if the shape changes.
     */
    static Map<String, Long> closedByPair(Object answer) {
        Map<String, Object> body = Json.object(answer);
        Map<String, Long> closed = new HashMap<>();
        if (body.containsKey("cells")) {
            List<Object> teams = Json.array(body.get("teams"));
            for (Object c : Json.array(body.get("cells"))) {
                Map<String, Object> cell = Json.object(c);
                closed.put(
                        pairKey((String) teams.get((int) Json.number(cell.get("requester"))), (String)
                                teams.get((int) Json.number(cell.get("responder")))),
                        Json.number(cell.get("closed")));
            }
            return closed;
        }
        for (Object p : Json.array(body.get("pairs"))) {
            Map<String, Object> pair = Json.object(p);
            closed.put(
                    pairKey((String) pair.get("requesterTeam"), (String) pair.get("responderTeam")),
                    Json.number(pair.get("closed")));
        }
        return closed;
    }

    static String pairKey(String requester, String responder) {
        return requester + "→" + responder;
    }

    // ------------------------------------------------------------------ list throughput

    /** A list call slower than this counts as failed. */
    static final java.time.Duration LIST_CALL_TIMEOUT = java.time.Duration.ofSeconds(30);

    /** Answers per second (200s only), and the calls that failed (another status, a broken connection, > 30 s). */
    record Rate(double perSecond, long errors, String firstError) {}

    /** {@code clients} callers asking {@code path} back to back for {@code seconds}, each on its own connection. */
    static Rate throughput(String base, String token, String path, int clients, double seconds)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                Client client = new Client(base, token);
                try {
                    client.get(path, LIST_CALL_TIMEOUT); // connect before the clock starts
                } catch (IOException | InterruptedException notYet) {
                    // counted in the run if it persists
                } finally {
                    ready.countDown();
                }
                try {
                    go.await();
                    while (!stop.get()) {
                        try {
                            Client.Reply r = client.get(path, LIST_CALL_TIMEOUT);
                            if (r.status() == 200) {
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, "HTTP " + r.status() + " " + r.text());
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                            client = new Client(base, token);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        Thread.sleep((long) (seconds * 1000));
        long n = ok.get();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        // Calls still running finish on their own (at most LIST_CALL_TIMEOUT); a list that slow must
        // not stretch the benchmark, so after 30 s they are left behind.
        long joinUntil = System.nanoTime() + 30_000_000_000L;
        for (Thread t : threads) {
            t.join(Math.max(1, (joinUntil - System.nanoTime()) / 1_000_000));
        }
        return new Rate(n / elapsed, errors.get(), firstError.get());
    }

    // ------------------------------------------------------------------ freshness under load

    /** An open request the writer may fulfil: its pair and the team allowed to record FULFILLED. */
    record OpenRequest(long id, String requester, String responder, String currentResponder) {}

    /** Up to {@code wanted} requests that are not closed, newest first, from GET /api/requests. */
    static List<OpenRequest> openRequests(Client app, int wanted) throws IOException, InterruptedException {
        List<OpenRequest> found = new ArrayList<>();
        for (String state : List.of("OPEN", "IN_PROGRESS")) {
            for (int page = 0; found.size() < wanted; page++) {
                Map<String, Object> body =
                        Json.object(app.get("/api/requests?state=" + state + "&size=500&page=" + page)
                                .expect(200, "GET /api/requests")
                                .json());
                List<Object> items = Json.array(body.get("items"));
                for (Object o : items) {
                    Map<String, Object> r = Json.object(o);
                    found.add(new OpenRequest(
                            Json.number(r.get("id")),
                            (String) r.get("requesterTeam"),
                            (String) r.get("responderTeam"),
                            (String) r.get("currentResponderTeam")));
                }
                if (items.size() < 500) {
                    break;
                }
            }
        }
        return found.size() > wanted ? new ArrayList<>(found.subList(0, wanted)) : found;
    }

    static Client.Reply fulfil(Client app, OpenRequest r, String note) throws IOException, InterruptedException {
        return app.post(
                "/api/requests/" + r.id() + "/events",
                "{\"type\":\"FULFILLED\",\"team\":" + Client.quote(r.currentResponder()) + ",\"note\":"
                        + Client.quote(note) + "}");
    }

    record Freshness(
            int writes,
            int writeFailures,
            int seen,
            List<Double> visibleSeconds,
            List<Double> writeMillis,
            Map<String, List<Double>> callMillis,
            int callFailures,
            double cpuCores,
            double seconds) {}

    private static final class Write {
        final String pair;
        final int k; // this write is the k-th acknowledged one of its pair
        long ackNanos = -1;
        long seenNanos = -1;

        Write(String pair, int k) {
            this.pair = pair;
            this.k = k;
        }
    }

    /**
     * A dashboard asks its four reports at once every 250 ms while a writer appends FULFILLED to
     * open requests at {@code writesPerSecond} for {@code seconds}; each write is visible when a
     * pairs answer (the heatmap) first shows its pair's {@code closed} count at least as high as the
     * baseline plus the writes acknowledged for that pair so far. After the writer stops, the
     * dashboard keeps polling until every write was seen or {@code graceSeconds} passed. CPU is the
     * app's user + system time over the writing period.
     */
    static Freshness freshness(
            Client app,
            App process,
            List<OpenRequest> pool,
            double seconds,
            double writesPerSecond,
            double graceSeconds)
            throws IOException, InterruptedException {
        int planned = (int) Math.round(seconds * writesPerSecond);
        if (pool.size() < planned) {
            throw new IllegalStateException("freshness needs " + planned + " open requests, found " + pool.size());
        }
        Map<String, Long> baseline = closedByPair(
                app.get(DASHBOARD.get(0)).expect(200, DASHBOARD.get(0)).json());
        Object lock = new Object();
        List<Write> writes = new ArrayList<>();
        Map<String, Integer> acked = new HashMap<>();
        Map<String, List<Double>> calls = new ConcurrentHashMap<>();
        DASHBOARD.forEach(m -> calls.put(m, Collections.synchronizedList(new ArrayList<>())));
        AtomicLong callFailures = new AtomicLong();
        AtomicBoolean writerDone = new AtomicBoolean();
        AtomicBoolean stopDashboard = new AtomicBoolean();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        List<Double> writeMillis = Collections.synchronizedList(new ArrayList<>());
        int[] writeFailures = {0};

        Thread dashboard = new Thread(() -> {
            Client browser = new Client(app.base(), app.token()); // its own connections, as a browser tab
            long period = 250_000_000L;
            long next = System.nanoTime();
            try {
                while (!stopDashboard.get()) {
                    List<CompletableFuture<Client.Reply>> f = new ArrayList<>();
                    for (String m : DASHBOARD) {
                        f.add(browser.getAsync(m));
                    }
                    for (int i = 0; i < DASHBOARD.size(); i++) {
                        Client.Reply r;
                        try {
                            r = f.get(i).join();
                        } catch (java.util.concurrent.CompletionException e) {
                            callFailures.incrementAndGet();
                            continue;
                        }
                        if (r.status() != 200) {
                            callFailures.incrementAndGet();
                            continue;
                        }
                        calls.get(DASHBOARD.get(i)).add(r.millis());
                        if (i == 0) {
                            Map<String, Long> closed = closedByPair(r.json());
                            synchronized (lock) {
                                for (Write w : writes) {
                                    if (w.seenNanos < 0
                                            && closed.getOrDefault(w.pair, 0L) - baseline.getOrDefault(w.pair, 0L)
                                                    >= w.k) {
                                        w.seenNanos = r.receivedNanos();
                                    }
                                }
                            }
                        }
                    }
                    next += period;
                    long now = System.nanoTime();
                    if (next > now) {
                        Thread.sleep((next - now) / 1_000_000, (int) ((next - now) % 1_000_000));
                    } else {
                        next = now;
                    }
                }
            } catch (Throwable e) {
                crash.compareAndSet(null, e);
            }
        });

        Thread writer = new Thread(() -> {
            long interval = (long) (1e9 / writesPerSecond);
            long start = System.nanoTime();
            try {
                for (int i = 0; i < planned; i++) {
                    long at = start + i * interval;
                    long now = System.nanoTime();
                    if (at > now) {
                        Thread.sleep((at - now) / 1_000_000, (int) ((at - now) % 1_000_000));
                    }
                    OpenRequest r = pool.get(i);
                    String pair = pairKey(r.requester(), r.responder());
                    Write w;
                    synchronized (lock) {
                        w = new Write(pair, acked.getOrDefault(pair, 0) + 1);
                        writes.add(w);
                    }
                    Client.Reply reply = fulfil(app, r, "benchmark freshness probe " + (i + 1));
                    synchronized (lock) {
                        if (reply.status() == 201) {
                            w.ackNanos = reply.receivedNanos();
                            acked.merge(pair, 1, Integer::sum);
                            writeMillis.add(reply.millis());
                        } else {
                            writes.remove(w);
                            writeFailures[0]++;
                            System.out.println(
                                    "   write to REQ-" + r.id() + " answered " + reply.status() + ": " + reply.text());
                        }
                    }
                }
            } catch (Throwable e) {
                crash.compareAndSet(null, e);
            } finally {
                writerDone.set(true);
            }
        });

        double cpu0 = process.cpuSeconds();
        long t0 = System.nanoTime();
        dashboard.start();
        writer.start();
        writer.join();
        double cpu1 = process.cpuSeconds();
        double wall = (System.nanoTime() - t0) / 1e9;
        long graceEnd = System.nanoTime() + (long) (graceSeconds * 1e9);
        while (System.nanoTime() < graceEnd && crash.get() == null) {
            synchronized (lock) {
                if (writes.stream().allMatch(w -> w.seenNanos >= 0)) {
                    break;
                }
            }
            Thread.sleep(100);
        }
        stopDashboard.set(true);
        dashboard.join();
        if (crash.get() != null) {
            throw new IllegalStateException("freshness run failed", crash.get());
        }
        List<Double> visible = new ArrayList<>();
        int seen = 0;
        synchronized (lock) {
            for (Write w : writes) {
                if (w.seenNanos >= 0) {
                    seen++;
                    visible.add(Math.max(0, w.seenNanos - w.ackNanos) / 1e9);
                }
            }
        }
        Map<String, List<Double>> callCopy = new HashMap<>();
        calls.forEach((k, v) -> callCopy.put(k, new ArrayList<>(v)));
        return new Freshness(
                writes.size(),
                writeFailures[0],
                seen,
                visible,
                new ArrayList<>(writeMillis),
                callCopy,
                (int) callFailures.get(),
                (cpu1 - cpu0) / wall,
                wall);
    }

    // ------------------------------------------------------------------ restart after kill -9

    record Killed(int acknowledged, List<OpenRequest> acknowledgedRequests) {}

    /**
     * Two writers append FULFILLED back to back; once {@code killAfter} writes are acknowledged the
     * app gets SIGKILL while writes are in flight. Returns the acknowledged ones, to check after the restart.
     */
    static Killed killDuringWrites(Client app, App process, List<OpenRequest> pool, int killAfter)
            throws InterruptedException {
        List<OpenRequest> ackd = Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        CountDownLatch enough = new CountDownLatch(killAfter);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread th = new Thread(() -> {
                while (true) {
                    int i = (int) next.getAndIncrement();
                    if (i >= pool.size()) {
                        return;
                    }
                    try {
                        Client.Reply r = fulfil(app, pool.get(i), "benchmark kill -9 probe");
                        if (r.status() == 201) {
                            ackd.add(pool.get(i));
                            enough.countDown();
                        }
                    } catch (Exception killed) {
                        return;
                    }
                }
            });
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        enough.await(60, java.util.concurrent.TimeUnit.SECONDS);
        process.kill9();
        for (Thread th : threads) {
            th.join(10_000);
        }
        synchronized (ackd) {
            return new Killed(ackd.size(), new ArrayList<>(ackd));
        }
    }

    /** How many of the acknowledged writes are missing after the restart (the request is not FULFILLED). */
    static int lostWrites(Client app, List<OpenRequest> acknowledged) throws IOException, InterruptedException {
        int lost = 0;
        for (OpenRequest r : acknowledged) {
            Map<String, Object> view = Json.object(app.get("/api/requests/" + r.id())
                    .expect(200, "GET request")
                    .json());
            if (!"FULFILLED".equals(view.get("state"))) {
                lost++;
            }
        }
        return lost;
    }
}

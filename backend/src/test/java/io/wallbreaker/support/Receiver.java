package io.wallbreaker.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real HTTP endpoint on a local port that records every POST it gets (headers and body) and
 * answers with a status the test chooses: the receiving end of Slack, Teams and webhook channels.
 */
public final class Receiver implements AutoCloseable {

    /** One request as received. Header names are lower case. */
    public record Hit(String path, Map<String, String> headers, byte[] body, Instant at) {
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile Map<String, String> answerHeaders = Map.of();

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
                hits.add(new Hit(exchange.getRequestURI().getPath(), headers, in.readAllBytes(), Instant.now()));
                answerHeaders.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                byte[] answer = status / 100 == 2 ? "ok".getBytes() : ("failure " + status).getBytes();
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** From now on answers {@code status} (with {@code headers}). */
    public void answer(int status, Map<String, String> headers) {
        this.status = status;
        this.answerHeaders = Map.copyOf(headers);
    }

    public List<Hit> hits(String path) {
        List<Hit> result = new ArrayList<>();
        for (Hit h : hits) {
            if (h.path().equals(path)) {
                result.add(h);
            }
        }
        return result;
    }

    /** Waits until {@code path} got {@code count} requests matching {@code which}; returns them. */
    public List<Hit> await(String path, int count, Predicate<Hit> which, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<Hit> matching = hits(path).stream().filter(which).toList();
            if (matching.size() >= count || Instant.now().isAfter(deadline)) {
                return matching;
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package io.wallbreaker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One HTTP/1.1 client of the benchmark (JDK {@link HttpClient}, one kept-alive connection per
 * sequential caller), with the bearer token of the signed-in benchmark user when it has one. Every
 * call is timed from just before sending to the last byte of the body.
 */
final class Client {

    /** A timed answer; {@code sentNanos}/{@code receivedNanos} are {@link System#nanoTime()} values. */
    record Reply(int status, byte[] body, long sentNanos, long receivedNanos) {
        double millis() {
            return (receivedNanos - sentNanos) / 1e6;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Object json() {
            return Json.parse(text());
        }

        Reply expect(int wanted, String what) {
            if (status != wanted) {
                String t = text();
                throw new IllegalStateException(what + " answered " + status + " (wanted " + wanted + "): "
                        + (t.length() > 400 ? t.substring(0, 400) + "…" : t));
            }
            return this;
        }
    }

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(180);

    private final HttpClient http;
    private final String base;
    private final String token;

    Client(String base, String token) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = base;
        this.token = token;
    }

    Client withToken(String bearer) {
        return new Client(base, bearer);
    }

    String base() {
        return base;
    }

    String token() {
        return token;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path, CALL_TIMEOUT).GET().build());
    }

    Reply get(String path, Duration timeout) throws IOException, InterruptedException {
        return send(request(path, timeout).GET().build());
    }

    CompletableFuture<Reply> getAsync(String path) {
        HttpRequest r = request(path, CALL_TIMEOUT).GET().build();
        long sent = System.nanoTime();
        return http.sendAsync(r, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(resp -> new Reply(resp.statusCode(), resp.body(), sent, System.nanoTime()));
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(request(path, CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A raw body (an import file) with its content type. */
    Reply post(String path, String body, String contentType) throws IOException, InterruptedException {
        return send(request(path, CALL_TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest r) throws IOException, InterruptedException {
        long sent = System.nanoTime();
        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(resp.statusCode(), resp.body(), sent, System.nanoTime());
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

package io.wallbreaker.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Wallbreaker started as a separate JVM with {@code Application.main}, exactly as {@code java -jar}
 * would, so a test can kill it hard or run two instances side by side.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app with the given environment (added to a copy of this JVM's, minus datasource settings). */
    public static AppProcess start(Map<String, String> env) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("wallbreaker-app-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The production logging configuration, as in the jar (the test one would hide the INFO lines).
        String logback = Path.of(
                        URI.create(AppProcess.class.getResource("/logback.xml").toString()))
                .toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        java,
                        "-Dlogback.configurationFile=" + logback,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.wallbreaker.Application"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("WALLBREAKER_"));
        environment.putAll(env);
        environment.put("PORT", Integer.toString(port));
        AppProcess app = new AppProcess(pb.start(), port, log);
        app.awaitHealthy(Duration.ofSeconds(90));
        return app;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hooks, no chance to flush anything. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(
                    java.util.concurrent.TimeUnit.SECONDS.toSeconds(20), java.util.concurrent.TimeUnit.SECONDS)) {
                killHard();
            }
        }
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited early:\n" + log());
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("app not healthy within " + timeout + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

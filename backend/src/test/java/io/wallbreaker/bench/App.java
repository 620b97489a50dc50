package io.wallbreaker.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server under test (Wallbreaker or the bare app) as its own {@code java -jar} process: launched with
 * a clean environment, timed from launch to its first 200, measured through {@code /proc} (resident
 * memory, CPU time), stopped with SIGTERM or killed with SIGKILL.
 */
final class App {

    private static final long CLOCK_TICKS = clockTicks();

    final String name;
    final Client client;
    final Path log;
    private final Process process;
    private final long launchedNanos;

    private App(String name, Process process, long launchedNanos, Client client, Path log) {
        this.name = name;
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.client = client;
        this.log = log;
    }

    /** Starts {@code java [javaOpts] -jar jar} with only the given variables (plus PATH, HOME, LANG) set. */
    static App launch(String name, Path jar, List<String> javaOpts, Map<String, String> env, int port, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(javaOpts);
        cmd.add("-jar");
        cmd.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> !(k.equals("PATH") || k.equals("HOME") || k.equals("LANG") || k.equals("TZ")));
        e.putAll(env);
        e.put("PORT", Integer.toString(port));
        long t0 = System.nanoTime();
        Process p = pb.start();
        return new App(name, p, t0, new Client("http://127.0.0.1:" + port, null), log);
    }

    /** Polls {@code path} every 10 ms until it answers 200; returns milliseconds since launch. */
    double awaitUp(String path, Duration timeout) throws IOException, InterruptedException {
        long deadline = launchedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.get(path, Duration.ofSeconds(10)).status() == 200) {
                    return (System.nanoTime() - launchedNanos) / 1e6;
                }
            } catch (ConnectException | HttpTimeoutException notYet) {
                // not listening yet
            } catch (IOException closed) {
                // connection reset while the server comes up
            }
            Thread.sleep(10);
        }
        kill9();
        throw new IllegalStateException(
                name + " did not answer 200 on " + path + " within " + timeout + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Resident set size in kB (VmRSS), as {@code ps -o rss} shows it. */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + name);
    }

    /** User + system CPU time used so far, in seconds (from /proc/PID/stat). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) ": state is field 3, utime field 14, stime field 15
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLOCK_TICKS;
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }

    /** SIGKILL: no shutdown hooks, nothing flushed. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (Exception e) {
            return 100;
        }
    }
}

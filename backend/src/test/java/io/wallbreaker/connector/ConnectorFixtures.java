package io.wallbreaker.connector;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.JsonMapper;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.Resp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hand-written Jira and GitHub payloads of {@code src/test/resources/connectors} (see its
 * README), delivered as the tools deliver them: the raw bytes, the headers of the index, and a
 * signature made with the test connector's own secret.
 *
 * <p>Ticket keys are unique across the whole database (a request's external reference), and test
 * classes share one database, so each {@code ConnectorFixtures} rewrites the keys of the files
 * it sends with its own number: {@code OPS-1234} becomes {@code OPS-<n>1234}, repository {@code
 * acme/ops-requests} becomes {@code acme/ops-requests-<n>}. The bytes are signed after that.
 */
public final class ConnectorFixtures {

    /** One delivery of an index: its file and headers. */
    record Delivery(String file, Map<String, String> headers) {}

    static final List<String> TEAMS = List.of("web", "ops", "platform", "dba", "mobile");

    private final String system;
    private final String suffix;
    private final Map<String, Object> index;

    @SuppressWarnings("unchecked")
    ConnectorFixtures(String system, JsonMapper json) {
        this.system = system;
        this.suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        try {
            this.index = json.readValue(raw("deliveries.json"), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the teams the default mapping's labels name, unless they exist. */
    static void ensureTeams(Api admin) {
        for (String slug : TEAMS) {
            Resp r = admin.post(
                    "/api/teams",
                    Map.of("slug", slug, "name", "Team " + slug, "kind", slug.equals("ops") ? "OPS" : "DEV"));
            if (r.status() != 201 && r.status() != 409) {
                throw new AssertionError("team " + slug + ": " + r);
            }
        }
    }

    /** The key a fixture key has in this test: {@code OPS-1234} → {@code OPS-<n>1234}. */
    String key(String fixtureKey) {
        if (fixtureKey.contains("#")) {
            return fixtureKey
                    .replace("acme/ops-requests", "acme/ops-requests-" + suffix)
                    .replace("acme/platform-requests", "acme/platform-requests-" + suffix);
        }
        int dash = fixtureKey.indexOf('-');
        return fixtureKey.substring(0, dash + 1) + suffix + fixtureKey.substring(dash + 1);
    }

    /** The file's bytes with this test's keys. */
    byte[] body(String file) {
        String text = new String(raw(file), StandardCharsets.UTF_8);
        text = text.replaceAll("\\b(OPS|PLAT)-(\\d+)\\b", "$1-" + suffix + "$2")
                .replace("acme/ops-requests", "acme/ops-requests-" + suffix)
                .replace("acme/platform-requests", "acme/platform-requests-" + suffix);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    byte[] raw(String file) {
        String path = "/connectors/" + system + "/" + file;
        try (InputStream in = ConnectorFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deliveries of a scenario of the index, in the order they are sent. */
    @SuppressWarnings("unchecked")
    List<Delivery> scenario(String name) {
        for (Object s : (List<Object>) index.get("scenarios")) {
            Map<String, Object> scenario = (Map<String, Object>) s;
            if (scenario.get("name").equals(name)) {
                List<Delivery> result = new ArrayList<>();
                for (Object d : (List<Object>) scenario.get("deliveries")) {
                    Map<String, Object> delivery = (Map<String, Object>) d;
                    result.add(
                            new Delivery((String) delivery.get("file"), (Map<String, String>) delivery.get("headers")));
                }
                return result;
            }
        }
        throw new IllegalArgumentException("no scenario " + name);
    }

    @SuppressWarnings("unchecked")
    Delivery redelivery() {
        Map<String, Object> d = (Map<String, Object>) ((List<Object>) index.get("redeliveries")).get(0);
        return new Delivery((String) d.get("file"), (Map<String, String>) d.get("headers"));
    }

    @SuppressWarnings("unchecked")
    Delivery ping() {
        Map<String, Object> d = (Map<String, Object>) index.get("ping");
        return new Delivery((String) d.get("file"), (Map<String, String>) d.get("headers"));
    }

    /** Sends a delivery to the connector's webhook as the tool would, signed with {@code secret}. */
    Resp deliver(Api anonymous, long connectorId, String secret, Delivery d) {
        return send(anonymous, "/api/connectors/" + connectorId + "/webhook", body(d.file()), d.headers(), secret);
    }

    /** Sends {@code body} with the delivery headers (minus the signatures) and a signature over it with {@code secret} (null: none). */
    public static Resp send(Api anonymous, String path, byte[] body, Map<String, String> headers, String secret) {
        MutableHttpRequest<byte[]> request = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
        headers.forEach((name, value) -> {
            if (!name.startsWith("X-Hub-Signature") && !name.equals("Content-Type") && !name.equals("Accept")) {
                request.header(name, value);
            }
        });
        if (secret != null) {
            String signature = "sha256=" + hmac(secret, body);
            if (headers.containsKey("X-GitHub-Event")) {
                request.header("X-Hub-Signature-256", signature);
            } else {
                request.header("X-Hub-Signature", signature);
            }
        }
        return anonymous.send(request);
    }

    public static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

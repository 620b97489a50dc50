package io.wallbreaker.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A thin HTTP client for endpoint tests: every call goes through the real server and returns a
 * {@link Resp} whatever the status, so error paths are asserted the same way as success.
 */
public final class Api {

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private final BlockingHttpClient client;
    private final JsonMapper json;
    private final String bearer;
    private final Consumer<MutableHttpRequest<?>> customizer;

    public Api(BlockingHttpClient client, JsonMapper json) {
        this(client, json, null, r -> {});
    }

    private Api(BlockingHttpClient client, JsonMapper json, String bearer, Consumer<MutableHttpRequest<?>> customizer) {
        this.client = client;
        this.json = json;
        this.bearer = bearer;
        this.customizer = customizer;
    }

    /** This client with a bearer token. */
    public Api as(String token) {
        return new Api(client, json, token, customizer);
    }

    /** Signs in through the API and returns a client carrying the access token. */
    public Api signIn(String login, String password) {
        Resp r = new Api(client, json).post("/api/auth/login", Map.of("login", login, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("sign-in of " + login + " failed: " + r);
        }
        return as(r.str("accessToken"));
    }

    public Api admin() {
        return signIn("admin", ADMIN_PASSWORD);
    }

    /** Adds something to every request (cookies, extra headers). */
    public Api with(Consumer<MutableHttpRequest<?>> extra) {
        return new Api(client, json, bearer, customizer.andThen(extra));
    }

    public Resp get(String path) {
        return send(HttpRequest.GET(path));
    }

    public Resp post(String path, Object body) {
        return send(HttpRequest.POST(path, body));
    }

    public Resp put(String path, Object body) {
        return send(HttpRequest.PUT(path, body));
    }

    public Resp delete(String path) {
        return send(HttpRequest.DELETE(path));
    }

    /** Posts a raw body with the given content type (malformed JSON, CSV…). */
    public Resp postRaw(String path, String body, String contentType) {
        return send(HttpRequest.POST(path, body).contentType(MediaType.of(contentType)));
    }

    public Resp request(HttpMethod method, String path, Object body) {
        return send(HttpRequest.create(method, path).body(body));
    }

    public Resp send(MutableHttpRequest<?> request) {
        if (bearer != null) {
            request.bearerAuth(bearer);
        }
        if (!request.getHeaders().contains("Accept")) {
            request.accept(MediaType.APPLICATION_JSON_TYPE, MediaType.of("application/problem+json"));
        }
        customizer.accept(request);
        try {
            HttpResponse<String> response = client.exchange(request, Argument.STRING, Argument.STRING);
            return toResp(response, response.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return toResp(e.getResponse(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    private Resp toResp(HttpResponse<?> response, String raw) {
        Object body = null;
        String type = response.getHeaders().getContentType().orElse("");
        if (!raw.isBlank() && type.contains("json")) {
            try {
                body = json.readValue(raw, Argument.OBJECT_ARGUMENT);
            } catch (IOException e) {
                throw new UncheckedIOException("unparseable JSON body: " + raw, e);
            }
        }
        return new Resp(response.code(), response.getHeaders(), raw, body);
    }
}

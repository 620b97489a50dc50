package io.wallbreaker.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Base of endpoint tests: the application runs on an embedded server with the real database and
 * migrations; tests talk to it over HTTP only. Names are unique per call, so test classes can
 * share one database (H2 or PostgreSQL) without interfering.
 */
public abstract class ApiTestBase {

    @Inject
    @Client("/")
    protected HttpClient httpClient;

    @Inject
    protected JsonMapper jsonMapper;

    protected Api anonymous() {
        return new Api(httpClient.toBlocking(), jsonMapper);
    }

    protected Api admin() {
        return anonymous().admin();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a team (as admin) and returns its slug. */
    protected String team(Api admin, String kind) {
        String slug = unique("team");
        Resp r = admin.post("/api/teams", Map.of("slug", slug, "name", "Team " + slug, "kind", kind));
        if (r.status() != 201) {
            throw new AssertionError("team creation failed: " + r);
        }
        return slug;
    }

    /** Creates a user with the given role and teams; returns a client signed in as that user. */
    protected Api user(Api admin, String role, List<String> teams) {
        String login = unique("user");
        String password = "password-" + login;
        Resp r = admin.post(
                "/api/users",
                Map.of(
                        "login",
                        login,
                        "displayName",
                        "User " + login,
                        "password",
                        password,
                        "role",
                        role,
                        "teams",
                        teams));
        if (r.status() != 201) {
            throw new AssertionError("user creation failed: " + r);
        }
        return anonymous().signIn(login, password);
    }
}

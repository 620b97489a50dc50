package io.wallbreaker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ApiBasicsTest extends ApiTestBase {

    @Test
    void shouldReportHealthWithoutSignIn() {
        Resp r = anonymous().get("/api/health");
        assertEquals(200, r.status(), r.toString());
        assertEquals("UP", r.str("status"));
    }

    @Test
    void shouldAnswerUnknownApiPathWith404ProblemWhenSignedIn() {
        Resp r = admin().get("/api/nothing-here");
        assertProblem(r, 404);
    }

    @Test
    void shouldAnswerWrongMethodWith405Problem() {
        Resp r = admin().request(io.micronaut.http.HttpMethod.PATCH, "/api/teams", Map.of());
        assertProblem(r, 405);
    }

    @Test
    void shouldAnswerMalformedJsonWith400ProblemWithoutInternals() {
        Resp r = admin().postRaw("/api/teams", "{\"slug\": ", "application/json");
        assertProblem(r, 400);
        assertNoInternals(r);
    }

    @Test
    void shouldHideUnexpectedFailuresBehindCorrelationId() {
        Resp r = admin().get("/api/test-only/explode");
        assertProblem(r, 500);
        assertNotNull(r.str("correlationId"));
        assertTrue(r.str("detail").contains(r.str("correlationId")));
        assertNoInternals(r);
        assertFalse(r.raw().contains("SELECT"), r.raw());
    }

    @Test
    void shouldServeIndexHtmlForDeepLinks() {
        Resp r = anonymous().send(HttpRequest.GET("/incidents/42").accept(MediaType.TEXT_HTML_TYPE));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.raw().contains("<div id=\"app\""), r.raw());
    }

    @Test
    void shouldServeTheAppAtRootWithHardeningHeaders() {
        Resp r = anonymous().send(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE));
        assertEquals(200, r.status(), r.toString());
        String csp = r.headers().get("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", r.headers().get("X-Content-Type-Options"));
        assertEquals("same-origin", r.headers().get("Referrer-Policy"));
        assertEquals("DENY", r.headers().get("X-Frame-Options"));
    }

    @Test
    void shouldServeOpenApiDocumentWithoutSignIn() {
        Resp r = anonymous().send(HttpRequest.GET("/api/openapi.yml").accept(MediaType.ALL_TYPE));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.raw().contains("openapi:") && r.raw().contains("/api/teams"), r.raw());
        Resp ui = anonymous().send(HttpRequest.GET("/api/docs").accept(MediaType.TEXT_HTML_TYPE));
        assertEquals(200, ui.status(), ui.toString());
    }

    static void assertProblem(Resp r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType(), r.toString());
        assertEquals(status, r.num("status"));
        assertNotNull(r.str("title"));
        assertNotNull(r.str("type"));
    }

    static void assertNoInternals(Resp r) {
        for (String leak : new String[] {"Exception", "at io.", "java.", "com.fasterxml", "io.micronaut"}) {
            assertFalse(r.raw().contains(leak), "response leaks '" + leak + "': " + r.raw());
        }
    }
}

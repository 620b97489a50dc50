package io.wallbreaker.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.reactivestreams.Publisher;

/**
 * CSRF protection for cookie-authenticated writes. The session JWT carries a random value that
 * only same-origin script can learn (from {@code GET /api/me}); a write must echo it in
 * {@code X-CSRF-TOKEN}. The cookie itself is SameSite=Strict as a second line. Bearer requests
 * carry no ambient credential and are not checked. Runs before every other rule, so a missing
 * token is refused (403) even where the role would allow the write.
 */
@Singleton
class CsrfSecurityRule implements SecurityRule<HttpRequest<?>> {

    static final String HEADER = "X-CSRF-TOKEN";
    private static final Set<HttpMethod> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        if (request == null
                || authentication == null
                || SAFE.contains(request.getMethod())
                || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        Object expected = authentication.getAttributes().get(AuthController.CSRF_ATTRIBUTE);
        String given = request.getHeaders().get(HEADER);
        if (expected == null
                || given == null
                || !MessageDigest.isEqual(
                        expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
        return Publishers.just(SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return -1000;
    }
}

package io.wallbreaker.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
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
 * {@code X-CSRF-TOKEN}. The cookie itself is SameSite=Strict as a second line.
 *
 * <p>The rule keys on how the request is authenticated, not on which headers it has: whenever the
 * session cookie is sent, the browser's ambient credential is in play, so the token is required —
 * an {@code Authorization} header next to it changes nothing. A request that carries the cookie
 * and an {@code Authorization} header naming a different credential is refused outright: which
 * of the two identities it acts as must never be a guess. API clients that send only
 * {@code Authorization: Bearer …} (a session JWT or an API token) carry no ambient credential
 * and need no token. Runs before every other rule, so a missing token is refused (403) even
 * where the role would allow the write.
 */
@Singleton
class CsrfSecurityRule implements SecurityRule<HttpRequest<?>> {

    static final String HEADER = "X-CSRF-TOKEN";
    private static final Set<HttpMethod> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final String cookieName;

    CsrfSecurityRule(@Value("${micronaut.security.token.cookie.cookie-name}") String cookieName) {
        this.cookieName = cookieName;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        if (request == null || authentication == null || SAFE.contains(request.getMethod())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String session = request.getCookies()
                .findCookie(cookieName)
                .map(Cookie::getValue)
                .filter(v -> !v.isBlank())
                .orElse(null);
        if (session == null) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !constantTimeEquals(authorization, "Bearer " + session)) {
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
        Object expected = authentication.getAttributes().get(AuthController.CSRF_ATTRIBUTE);
        String given = request.getHeaders().get(HEADER);
        if (expected == null || given == null || !constantTimeEquals(expected.toString(), given)) {
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
        return Publishers.just(SecurityRuleResult.UNKNOWN);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int getOrder() {
        return -1000;
    }
}

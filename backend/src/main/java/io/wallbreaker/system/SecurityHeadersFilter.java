package io.wallbreaker.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.wallbreaker.common.Https;

/** Browser hardening on every response: no inline script, no third-party origin, no framing, no sniffing. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** A year, as recommended for sites that are HTTPS-only; subdomains are the operator's call, not ours. */
    static final String HSTS = "max-age=31536000";

    /** Outermost, so that responses produced by the security filter itself (401, 403) get the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        if (Https.isHttps(request)) {
            // Only meaningful (and only honoured by browsers) on HTTPS: behind a TLS proxy that says so.
            headers.set("Strict-Transport-Security", HSTS);
        }
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
    }
}

package io.wallbreaker.common;

import io.micronaut.http.HttpRequest;

/** The one rule for "this request came over HTTPS", used for Secure cookies and HSTS alike. */
public final class Https {

    private Https() {}

    /**
     * Served over TLS, directly or behind a proxy that terminates it and says so with
     * {@code X-Forwarded-Proto: https} (the supported deployment, see SECURITY.md).
     */
    public static boolean isHttps(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}

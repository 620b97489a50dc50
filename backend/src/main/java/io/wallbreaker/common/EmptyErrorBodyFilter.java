package io.wallbreaker.common;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * A few framework filters answer an error with a bare status and no body — the CORS filter's 403
 * for a foreign origin is one. Every error the product sends is a problem body, so this fills
 * such answers in; errors that already carry a body are left alone.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class EmptyErrorBodyFilter implements Ordered {

    private static final MediaType PROBLEM = MediaType.of(Problem.MEDIA_TYPE);

    /** Just inside the outermost filter, so it sees what every other filter answered. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @ResponseFilter
    void fillIn(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400
                || request.getMethod() == HttpMethod.HEAD
                || response.getBody().isPresent()) {
            return;
        }
        boolean crossOrigin = status == 403 && request.getHeaders().contains("Origin");
        String detail = crossOrigin
                ? "Requests from the origin " + request.getHeaders().get("Origin")
                        + " are not allowed: the app and its API are served from one origin."
                : null;
        MutableHttpResponse<Problem> filled = response.contentType(PROBLEM)
                .body(Problem.of(status, HttpStatus.valueOf(status).getReason(), detail));
        filled.getHeaders().remove("Content-Length");
    }
}

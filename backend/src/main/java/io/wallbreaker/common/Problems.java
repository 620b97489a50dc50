package io.wallbreaker.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** Builds problem responses with the right status and content type. */
public final class Problems {

    private static final MediaType PROBLEM = MediaType.of(Problem.MEDIA_TYPE);

    private Problems() {}

    public static MutableHttpResponse<Problem> response(int status, Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status))
                .contentType(PROBLEM)
                .body(problem);
    }
}

package io.wallbreaker.common;

import io.micronaut.context.annotation.Requirements;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Renders the problems that services throw on purpose. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requirements(@Requires(classes = {ApiException.class, ExceptionHandler.class}))
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiException exception) {
        return Problems.response(exception.status().getCode(), exception.toProblem(null));
    }
}

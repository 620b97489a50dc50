package io.wallbreaker.common;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A version check that failed inside an UPDATE is an edit conflict, never a silent overwrite. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OptimisticLockException exception) {
        return Problems.response(409, ApiException.staleVersion("This record").toProblem(null));
    }
}

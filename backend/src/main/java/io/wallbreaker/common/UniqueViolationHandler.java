package io.wallbreaker.common;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write that lost a race for a unique key — two users created with one login at once, two
 * teams with one slug — is a 409 naming the field, never a 500. Any other database failure stays
 * an unexpected error, reported with a correlation id.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class UniqueViolationHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UniqueViolationHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
        if (UniqueViolations.isUniqueViolation(exception)) {
            ApiException conflict = UniqueViolations.conflict(exception);
            return Problems.response(conflict.status().getCode(), conflict.toProblem(null));
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.error(
                "Unexpected failure on {} {} correlationId={}",
                request.getMethod(),
                request.getPath(),
                correlationId,
                exception);
        return Problems.response(500, Problem.unexpected(correlationId));
    }
}

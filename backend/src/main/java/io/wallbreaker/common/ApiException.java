package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;

/** A failure the API reports to its caller as a problem; thrown by services, rendered by {@link ApiExceptionHandler}. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ApiException(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of(), Map.of());
    }

    public ApiException(
            HttpStatus status,
            String title,
            String detail,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", what + " does not exist.");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    /** The record was changed by someone else since the caller read it. */
    public static ApiException staleVersion(String what) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "Edit conflict",
                what
                        + " was changed by someone else since you read it. Reload it, reapply your change and save again.");
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid.";
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public Problem toProblem(@Nullable String correlationId) {
        return new Problem(
                "about:blank",
                title,
                status.getCode(),
                getMessage(),
                errors.isEmpty() ? null : errors,
                correlationId,
                extensions.isEmpty() ? null : extensions);
    }
}

package io.wallbreaker.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem body: every error under /api is one of these. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable List<FieldError> errors,
        @Nullable String correlationId,
        // RFC 9457 extension members (e.g. the events "allowed" now) sit at the top level of the body.
        @JsonAnyGetter @Nullable Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field of a validation failure. */
    @Serdeable
    public record FieldError(String field, String message) {}

    /** A 500 that tells the caller nothing but the id under which the failure was logged. */
    public static Problem unexpected(String correlationId) {
        return new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "An unexpected error occurred. Quote correlation id " + correlationId + " when reporting it.",
                null,
                correlationId,
                null);
    }

    public static Problem of(int status, String title, @Nullable String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }
}

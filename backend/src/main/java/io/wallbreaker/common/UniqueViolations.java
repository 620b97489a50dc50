package io.wallbreaker.common;

import io.micronaut.http.HttpStatus;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Duplicate keys are a 409 naming the field, every time: services check first for a friendly
 * answer, and the database's unique constraints settle races; this maps a constraint violation
 * (SQLSTATE 23505, on PostgreSQL and H2 alike) to the field it protects. Used by
 * {@link UniqueViolationHandler} for any write, and by code that retries a lost race instead.
 */
public final class UniqueViolations {

    /** Unique constraints (migrations) → the API field they protect and what a duplicate means. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "team_slug_unique", List.of("slug", "is already taken by another team"),
            "app_user_login_unique", List.of("login", "is already taken by another user"),
            "cross_request_external_ref_unique",
                    List.of("externalRef", "is already recorded as another request's reference"),
            "shadow_system_identity_unique",
                    List.of(
                            "url",
                            "describes a system that is already recorded (same provider and url, "
                                    + "or without a url the same provider, name and owner team)"));

    private UniqueViolations() {}

    public static boolean isUniqueViolation(Throwable t) {
        return sqlException(t).isPresent();
    }

    /** Whether {@code t} is a violation of the named unique constraint. */
    public static boolean isViolationOf(Throwable t, String constraint) {
        return sqlException(t)
                .map(e ->
                        String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains(constraint))
                .orElse(false);
    }

    /** The 409 problem for a violation, naming the field when the constraint is a known one. */
    public static ApiException conflict(Throwable t) {
        for (Map.Entry<String, List<String>> e : FIELDS.entrySet()) {
            if (isViolationOf(t, e.getKey())) {
                return duplicate(e.getValue().get(0), e.getValue().get(1));
            }
        }
        return ApiException.conflict("This record already exists; reload and try again.");
    }

    /** A 409 problem with one field error. */
    public static ApiException duplicate(String field, String message) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "Duplicate",
                field + ": " + message,
                List.of(new Problem.FieldError(field, message)),
                Map.of());
    }

    private static Optional<SQLException> sqlException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}

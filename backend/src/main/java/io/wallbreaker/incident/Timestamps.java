package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.common.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing of instants and dates from request bodies, with the field named in every error. */
final class Timestamps {

    /** Clocks of the people recording an incident drift; a few minutes "in the future" is not a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private Timestamps() {}

    /** Parses an ISO-8601 instant; records an error if it is malformed or later than {@code now} plus the skew. */
    static @Nullable Instant instant(Validator v, String field, @Nullable String text, boolean required, Instant now) {
        if (text == null || text.isBlank()) {
            if (required) {
                v.add(field, "is required (ISO-8601 instant, e.g. 2026-03-02T09:30:00Z)");
            }
            return null;
        }
        try {
            Instant value = Instant.parse(text.trim());
            if (value.isAfter(now.plus(CLOCK_SKEW))) {
                v.add(field, "must not be in the future");
            }
            return value;
        } catch (DateTimeParseException e) {
            v.add(field, "must be an ISO-8601 instant, e.g. 2026-03-02T09:30:00Z");
            return null;
        }
    }

    static @Nullable LocalDate date(Validator v, String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            v.add(field, "must be a date, e.g. 2026-03-02");
            return null;
        }
    }

    static @Nullable Long seconds(@Nullable Instant from, @Nullable Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).getSeconds();
    }
}

package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects every field error of one request so the caller hears about all of them at once,
 * then fails with a single 400 problem. Used for rules Bean Validation annotations cannot state
 * (enum names with a helpful list, cross-field order rules).
 */
public final class Validator {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Validator require(String field, @Nullable Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
        }
        return this;
    }

    public Validator maxLength(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
        return this;
    }

    public Validator matches(String field, @Nullable String value, Pattern pattern, String explanation) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, explanation);
        }
        return this;
    }

    /** Parses an enum constant case-insensitively; records an error naming the allowed values otherwise. */
    public <E extends Enum<E>> @Nullable E enumValue(String field, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            add(field, "is required; one of " + allowed(type));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + allowed(type));
            return null;
        }
    }

    /** Like {@link #enumValue}, but an absent or blank value is fine and gives null. */
    public <E extends Enum<E>> @Nullable E optionalEnum(String field, @Nullable String value, Class<E> type) {
        return value == null || value.isBlank() ? null : enumValue(field, value, type);
    }

    /**
     * A time that something happened ({@link Fields}' formats), not more than the clock skew after
     * {@code now}; records an error naming the field and returns null when absent or wrong.
     */
    public @Nullable Instant happenedAt(String field, @Nullable String text, boolean required, Instant now) {
        Instant value = parsed(field, text, required, Fields.parseInstant(text == null ? "" : text), Fields.TIME_RULE);
        if (value != null && Fields.isInFuture(value, now)) {
            add(field, Fields.FUTURE_RULE);
        }
        return value;
    }

    /** Like {@link #happenedAt}, but a date ({@code 2026-03-02}, the start of that UTC day) is accepted too. */
    public @Nullable Instant happenedOnOrAt(String field, @Nullable String text, boolean required, Instant now) {
        Instant value = parsed(
                field, text, required, Fields.parseInstantOrDate(text == null ? "" : text), Fields.DATE_OR_TIME_RULE);
        if (value != null && Fields.isInFuture(value, now)) {
            add(field, Fields.FUTURE_RULE);
        }
        return value;
    }

    /** A calendar date such as 2026-03-02; null (with an error) when it is not one. */
    public @Nullable LocalDate date(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            add(field, "must be a date such as 2026-03-02");
            return null;
        }
    }

    private @Nullable Instant parsed(
            String field, @Nullable String text, boolean required, @Nullable Instant value, String rule) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        if (value == null) {
            add(field, rule);
        }
        return value;
    }

    /** "true" or "false" (any case); absent gives null; anything else is an error naming the field. */
    public @Nullable Boolean optionalBoolean(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                add(field, "must be true or false");
                yield null;
            }
        };
    }

    public Validator add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    /** How many errors were collected so far. */
    public int size() {
        return errors.size();
    }

    /** The collected errors, in the order they were found. */
    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a 400 problem listing every collected error, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

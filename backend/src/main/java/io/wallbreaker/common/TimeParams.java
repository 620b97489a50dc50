package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses query-string dates and instants ("2026-03-02" or "2026-03-02T09:30:00Z") into half-open UTC ranges. */
public final class TimeParams {

    /** {@code [from, to)}; either end may be open (null). */
    public record Range(@Nullable Instant from, @Nullable Instant to) {}

    private TimeParams() {}

    /** A date as "to" means the whole of that day is included. */
    public static Range range(String fromName, @Nullable String from, String toName, @Nullable String to) {
        Validator v = new Validator();
        Instant start = parse(v, fromName, from, false);
        Instant end = parse(v, toName, to, true);
        if (start != null && end != null && end.isBefore(start)) {
            v.add(toName, "must not be before " + fromName);
        }
        v.throwIfInvalid();
        return new Range(start, end);
    }

    private static Instant parse(Validator v, String name, @Nullable String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            v.add(name, "must be an ISO date (2026-03-02) or instant (2026-03-02T09:30:00Z)");
            return null;
        }
    }
}

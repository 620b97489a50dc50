package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** Query-string dates and times (the {@link Fields} rule) as half-open UTC ranges. */
public final class TimeParams {

    /** {@code [from, to)}; either end may be open (null). */
    public record Range(@Nullable Instant from, @Nullable Instant to) {}

    private static final Pattern UNENCODED_PLUS =
            Pattern.compile("(?<=T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?) (\\d{2}(?::?\\d{2})?)$");

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
        // An unencoded "+" of an offset arrives as a space ("…T10:30:00 01:00"): read it as the "+" it was.
        String t = UNENCODED_PLUS.matcher(text.trim()).replaceFirst("+$1");
        if (t.length() == 10) {
            Instant day = Fields.parseInstantOrDate(t);
            if (day != null) {
                // A date as "to" means the whole of that day is included.
                return endOfDay ? day.plus(1, ChronoUnit.DAYS) : day;
            }
        }
        Instant at = Fields.parseInstantOrDate(t);
        if (at == null) {
            v.add(name, Fields.DATE_OR_TIME_RULE);
        }
        return at;
    }
}

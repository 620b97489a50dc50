package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The one set of rules for what the API accepts in a field, used by every feature, by the JSON
 * reader ({@link StrictInputDeserializers}) and by query parameters alike (docs/API.md "Input
 * rules"):
 *
 * <ul>
 *   <li><b>Times</b>: ISO-8601 with {@code Z} or an offset ({@code 2026-03-02T09:30:00Z},
 *       {@code 2026-03-02T10:30:00+01:00}, or {@code +0100} as Jira writes it); where a field takes
 *       a date, {@code 2026-03-02} means the start of that day in UTC. Kept to the millisecond.
 *   <li><b>"Happened at" times</b> may be at most {@link #CLOCK_SKEW} ahead of the server clock.
 *   <li><b>Text</b> must be valid Unicode without NUL characters.
 * </ul>
 */
public final class Fields {

    /** How far ahead of the server clock a "happened at" time may be: clients' clocks drift a little. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public static final String TIME_RULE =
            "must be an ISO-8601 time with an offset, such as 2026-03-02T09:30:00Z or 2026-03-02T10:30:00+01:00";
    public static final String DATE_OR_TIME_RULE =
            "must be a date such as 2026-03-02 or an ISO-8601 time with an " + "offset, such as 2026-03-02T09:30:00Z";
    public static final String FUTURE_RULE =
            "must not be in the future (at most " + CLOCK_SKEW.toMinutes() + " minutes ahead of the server clock)";

    /** Local date-time, then a required offset: {@code Z}, {@code +01:00}, {@code +0100} or {@code +01}. */
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .toFormatter();

    private Fields() {}

    /** A time in the accepted formats, to the millisecond; null when {@code text} is not one. */
    public static @Nullable Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text.trim(), TIME).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time, or a date meaning the start of that UTC day; null when {@code text} is neither. */
    public static @Nullable Instant parseInstantOrDate(String text) {
        String t = text.trim();
        if (t.length() == 10) {
            try {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return parseInstant(t);
    }

    /** Whether a time said to have happened already lies too far ahead of {@code now}. */
    public static boolean isInFuture(Instant at, Instant now) {
        return at.isAfter(now.plus(CLOCK_SKEW));
    }

    /**
     * {@code text} made acceptable where it cannot be refused (it comes from another system, such
     * as a Jira ticket): NUL characters removed, half character pairs replaced by U+FFFD.
     */
    public static String cleanText(String text) {
        if (textProblem(text) == null) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Why {@code text} is not acceptable text, or null when it is. */
    public static @Nullable String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must be valid Unicode text (it holds half of a character pair)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text (it holds half of a character pair)";
            }
        }
        return null;
    }
}

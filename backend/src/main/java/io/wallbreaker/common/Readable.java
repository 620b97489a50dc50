package io.wallbreaker.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Values as people read them in messages: "2026-03-02 09:30 UTC" rather than an ISO string with nanoseconds. */
public final class Readable {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'");

    private Readable() {}

    /** As precise as the instant needs: minutes, seconds or milliseconds. */
    public static String instant(Instant at) {
        var utc = at.atOffset(ZoneOffset.UTC);
        if (utc.getNano() != 0) {
            return MILLIS.format(utc);
        }
        return utc.getSecond() != 0 ? SECONDS.format(utc) : MINUTES.format(utc);
    }

    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    /** An average month (365.25 / 12 days), as people count "eleven months". */
    private static final double MONTH = 30.4375 * DAY;

    /**
     * A duration as a sentence says it, in one unit: "45 minutes", "5 hours", "21 days", "11 months",
     * "2.5 years". Days up to 60, months up to two years; rounded to the nearest whole unit.
     */
    public static String duration(long seconds) {
        if (seconds <= 0) {
            return "none";
        }
        if (seconds < HOUR) {
            return plural(Math.max(1, Math.round((double) seconds / MINUTE)), "minute");
        }
        if (seconds < 2 * DAY) {
            return plural(Math.round((double) seconds / HOUR), "hour");
        }
        if (seconds < 60 * DAY) {
            return plural(Math.round((double) seconds / DAY), "day");
        }
        if (seconds < 24 * MONTH) {
            return plural(Math.round(seconds / MONTH), "month");
        }
        double years = Math.round(seconds / (12 * MONTH) * 10) / 10.0;
        return (years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years)) + " years";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** An enum constant as people write it: LOG_ACCESS → "log access". */
    public static String words(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

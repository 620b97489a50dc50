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
}

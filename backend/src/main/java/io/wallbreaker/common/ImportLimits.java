package io.wallbreaker.common;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * The one limit every import endpoint applies (docs/API.md "Limits"): at most {@link #MAX_ROWS}
 * rows or items per call, and at most the server's request size (10 MB, {@code
 * micronaut.server.max-request-size}) per body. Beyond either the answer is 413 and nothing is
 * stored; the caller splits the file, which is safe because every import is idempotent.
 */
public final class ImportLimits {

    public static final int MAX_ROWS = 10_000;

    private ImportLimits() {}

    /** Refuses a {@code count} of rows above the limit; {@code unit} names them ("rows", "requests"). */
    public static void checkRows(long count, String unit) {
        if (count > MAX_ROWS) {
            throw tooMany(unit);
        }
    }

    public static ApiException tooMany(String unit) {
        return new ApiException(
                HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "Import too large",
                "One import holds at most " + String.format("%,d", MAX_ROWS) + " " + unit
                        + "; split it and send the parts one after another (importing the same rows again changes nothing).",
                List.of(),
                Map.of("maxRows", MAX_ROWS));
    }
}

package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What an import did: counts per outcome and every problem of every rejected row. {@code row} is the
 * 1-based data row (for CSV the header is row 0; blank lines are not counted) or the 1-based array
 * index for JSON; {@code field} is "row" when the problem concerns the row as a whole.
 */
@Serdeable
record ImportResult(int created, int updated, int unchanged, int rejected, List<RowError> errors) {

    /** One problem of one rejected row. */
    @Serdeable
    record RowError(int row, @Nullable String field, String problem) {}
}

package io.wallbreaker.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One item an import could not take: where it is ({@code line} of a text file, or {@code index}, 0-based,
 * of a JSON array), the field and why. The other items are imported.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportError(@Nullable Integer line, @Nullable Integer index, String field, String message) {

    static ImportError atLine(int line, String field, String message) {
        return new ImportError(line, null, field, message);
    }

    static ImportError atIndex(int index, String field, String message) {
        return new ImportError(null, index, field, message);
    }
}

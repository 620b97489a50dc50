package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.wallbreaker.common.Problem;
import java.util.List;

/** Outcome of a bulk import: counts and one result per item, in input order. */
@Serdeable
public record RequestImportResult(int created, int unchanged, int rejected, List<Item> results) {

    /** What happened to one item. */
    @Serdeable
    public record Item(
            int index,
            @Nullable String externalRef,
            String status,
            @Nullable Long id,
            @Nullable String key,
            List<Problem.FieldError> errors) {}
}

package io.wallbreaker.shadow;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Body of {@code PUT /api/shadow-systems/{id}}: the whole create body plus the version it was read at.
 * A missing {@code status} keeps the current one; a missing {@code motivatedBy} means no links.
 */
@Serdeable
record ShadowSystemUpdate(
        @JsonUnwrapped ShadowSystemCreate fields, @Nullable Long version) {}

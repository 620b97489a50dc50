package io.wallbreaker.postmortem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of the check and preview endpoints: Markdown not (yet) saved anywhere. */
@Serdeable
record MarkdownBody(@Nullable String markdown) {}

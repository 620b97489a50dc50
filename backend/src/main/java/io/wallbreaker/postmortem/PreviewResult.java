package io.wallbreaker.postmortem;

import io.micronaut.serde.annotation.Serdeable;

/** Response of {@code POST /api/postmortems/preview}: sanitised HTML. */
@Serdeable
record PreviewResult(String html) {}

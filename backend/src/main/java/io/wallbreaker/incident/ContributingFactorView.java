package io.wallbreaker.incident;

import io.micronaut.serde.annotation.Serdeable;

/** One entry of the controlled list of contributing factors. */
@Serdeable
public record ContributingFactorView(String code, String label, String description) {}

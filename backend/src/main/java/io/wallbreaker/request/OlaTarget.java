package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A lead-time goal for one (requester, responder, kind). */
@Serdeable
public record OlaTarget(
        @Nullable String requesterTeam,
        @Nullable String responderTeam,
        @Nullable String kind,
        @Nullable Long targetSeconds) {}

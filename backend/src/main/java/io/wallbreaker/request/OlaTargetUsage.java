package io.wallbreaker.request;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An OLA target with the requests it applies to (same requester, responder and kind): how many
 * there are, how many are still open, and how many breached it (closed with a lead time above the
 * target, or open for longer than it), as the request list and the metrics count them.
 */
@Serdeable
public record OlaTargetUsage(
        String requesterTeam,
        String responderTeam,
        RequestKind kind,
        long targetSeconds,
        long requests,
        long open,
        long breachedClosed,
        long breachedOpen) {}

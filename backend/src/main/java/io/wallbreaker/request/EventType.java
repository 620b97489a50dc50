package io.wallbreaker.request;

/** What a team did with a cross-team request (the state table in docs/METRICS.md). */
public enum EventType {
    OPENED,
    ACKNOWLEDGED,
    NEEDS_INFO,
    INFO_PROVIDED,
    STARTED,
    REASSIGNED,
    COMMENTED,
    FULFILLED,
    DECLINED,
    WITHDRAWN,
    REOPENED
}

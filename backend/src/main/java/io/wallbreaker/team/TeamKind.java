package io.wallbreaker.team;

/** What a team does, as docs/METRICS.md lists it. */
public enum TeamKind {
    DEV,
    OPS,
    SUPPORT,
    SECURITY,
    PRODUCT,
    LEADERSHIP,
    OTHER
}

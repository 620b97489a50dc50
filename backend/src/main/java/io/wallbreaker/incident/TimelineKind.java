package io.wallbreaker.incident;

/** What kind of moment a timeline entry records. */
public enum TimelineKind {
    DETECTION,
    ESCALATION,
    ACTION,
    COMMUNICATION,
    ROOT_CAUSE,
    MITIGATION,
    RESOLUTION,
    NOTE
}

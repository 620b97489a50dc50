package io.wallbreaker.incident;

/** How bad an incident is, SEV1 being the worst. */
public enum Severity {
    SEV1,
    SEV2,
    SEV3,
    SEV4
}

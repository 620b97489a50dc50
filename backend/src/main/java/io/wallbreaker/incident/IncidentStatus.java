package io.wallbreaker.incident;

/** Where an incident stands (docs/METRICS.md "Incidents"). */
public enum IncidentStatus {
    OPEN,
    MITIGATED,
    RESOLVED,
    POSTMORTEM_PUBLISHED
}

package io.wallbreaker.incident;

/** Where an incident stands (DOMAIN.md "Incidents"). */
public enum IncidentStatus {
    OPEN,
    MITIGATED,
    RESOLVED,
    POSTMORTEM_PUBLISHED
}

package io.wallbreaker.connector;

/** The ticket systems a connector reads. */
public enum ConnectorKind {
    JIRA("Jira"),
    GITHUB("GitHub");

    private final String label;

    ConnectorKind(String label) {
        this.label = label;
    }

    /** How people write the name. */
    public String label() {
        return label;
    }
}

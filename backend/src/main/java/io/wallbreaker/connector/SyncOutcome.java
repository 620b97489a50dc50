package io.wallbreaker.connector;

/** What a ticket's changes did to its request. */
public enum SyncOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    UNMAPPED,
    REJECTED;

    /** Whether the request was written. */
    boolean wrote() {
        return this == CREATED || this == UPDATED;
    }
}

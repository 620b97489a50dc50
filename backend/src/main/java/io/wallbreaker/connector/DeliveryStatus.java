package io.wallbreaker.connector;

/** What became of a delivery (or an import) in a connector's log. */
public enum DeliveryStatus {
    /** Stored and acknowledged, not processed yet (processing follows at once, or is retried). */
    RECEIVED,
    /** Its changes were stored and the ticket's request is up to date. */
    PROCESSED,
    /** The ticket is not a cross-team request by the mapping (the reason says why). */
    UNMAPPED,
    /** Nothing to do: an event Wallbreaker does not read, a change already received, one without an event. */
    IGNORED,
    /** Unreadable, or its ticket's key belongs to another request (the reason says which). */
    REJECTED
}

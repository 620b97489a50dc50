package io.wallbreaker.notify;

/** Where one notification to one channel stands. */
public enum DeliveryState {
    /** Written with the change that caused it; not tried yet. */
    PENDING,
    SENT,
    /** A try failed (timeout, 5xx, 429, refused connection); the next is scheduled. */
    RETRYING,
    /** Given up after the configured attempts, or refused for good (another 4xx); can be retried by hand. */
    DEAD
}

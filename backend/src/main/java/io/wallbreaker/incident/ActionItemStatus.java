package io.wallbreaker.incident;

/** State of an action item; only OPEN items can be overdue. */
public enum ActionItemStatus {
    OPEN,
    DONE,
    WONT_DO
}

package io.wallbreaker.postmortem;

/** Review state of a postmortem; publishing is allowed at any time. */
public enum PostmortemStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED
}

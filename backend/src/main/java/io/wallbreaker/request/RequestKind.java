package io.wallbreaker.request;

/** What is being asked for. */
public enum RequestKind {
    LOG_ACCESS,
    PROD_ACCESS,
    DATA_PULL,
    INFRA_CHANGE,
    DEPLOY,
    REVIEW,
    OTHER
}

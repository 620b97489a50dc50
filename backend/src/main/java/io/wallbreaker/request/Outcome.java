package io.wallbreaker.request;

/** What a request ended as: its closing state, or OPEN while it is not closed (also after a reopen). */
public enum Outcome {
    FULFILLED,
    DECLINED,
    WITHDRAWN,
    OPEN
}

package io.wallbreaker.request;

/** Where a request stands; the last three are closed. */
public enum RequestState {
    OPEN,
    IN_PROGRESS,
    WAITING_ON_REQUESTER,
    FULFILLED,
    DECLINED,
    WITHDRAWN;

    public boolean isClosed() {
        return this == FULFILLED || this == DECLINED || this == WITHDRAWN;
    }
}

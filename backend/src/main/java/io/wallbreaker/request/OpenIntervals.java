package io.wallbreaker.request;

import io.wallbreaker.common.Intervals.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** When a request was open: opened (or reopened) until the next close, the last span running while it is open. */
public final class OpenIntervals {

    private OpenIntervals() {}

    /** The open spans of one request from its open and close events, in order. */
    public static List<Interval> of(List<EventType> types, List<Instant> times) {
        List<Interval> spans = new ArrayList<>();
        Instant openSince = null;
        for (int i = 0; i < types.size(); i++) {
            EventType type = types.get(i);
            Instant at = times.get(i);
            if (type == EventType.OPENED || type == EventType.REOPENED) {
                if (openSince == null) {
                    openSince = at;
                }
            } else if (type == EventType.FULFILLED || type == EventType.DECLINED || type == EventType.WITHDRAWN) {
                if (openSince != null) {
                    spans.add(new Interval(openSince, at));
                    openSince = null;
                }
            }
        }
        if (openSince != null) {
            spans.add(new Interval(openSince, null));
        }
        return spans;
    }
}

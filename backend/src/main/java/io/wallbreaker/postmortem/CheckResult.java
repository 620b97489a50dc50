package io.wallbreaker.postmortem;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Response of {@code POST /api/postmortems/check}. */
@Serdeable
public record CheckResult(List<FindingView> findings) {

    /** One phrase that reads as blame, with its 1-based position in the Markdown. */
    @Serdeable
    public record FindingView(int line, int column, String phrase, String reason, String suggestion) {}
}

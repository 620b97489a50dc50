package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.wallbreaker.common.Durations;
import io.wallbreaker.request.RequestDirectory.RequestRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A shadow system as the API shows it, with its status history, the statuses it may move to next,
 * its motivating requests and its discovery lag.
 */
@Serdeable
public record ShadowSystemView(
        long id,
        String key,
        String name,
        String provider,
        @Nullable String url,
        String ownerTeam,
        @Nullable String purpose,
        DataClassification dataClassification,
        Instant firstLiveAt,
        @Nullable String evidence,
        Instant discoveredAt,
        String discoveredBy,
        DiscoveryMethod discoveryMethod,
        boolean amnesty,
        ShadowStatus status,
        List<ShadowStatus> allowedNext,
        List<StatusChange> statusHistory,
        List<RequestRef> motivatedBy,
        long discoveryLagSeconds,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** One entry of the status history: the status, when it was set and by whom. */
    @Serdeable
    public record StatusChange(ShadowStatus status, Instant at, String by) {}

    static String key(long id) {
        return "SHD-" + id;
    }

    static ShadowSystemView of(
            ShadowSystem s, Map<Long, String> teamSlugs, List<StatusChange> history, List<RequestRef> links) {
        ShadowDetails d = s.details();
        return new ShadowSystemView(
                s.id(),
                key(s.id()),
                d.name(),
                d.provider(),
                d.url(),
                teamSlugs.get(d.ownerTeamId()),
                d.purpose(),
                d.dataClassification(),
                d.firstLiveAt(),
                d.evidence(),
                d.discoveredAt(),
                teamSlugs.get(d.discoveredByTeamId()),
                d.discoveryMethod(),
                d.selfReported(),
                s.status(),
                s.status().allowedNext(),
                history,
                links,
                Durations.seconds(Duration.between(d.firstLiveAt(), d.discoveredAt())),
                s.version(),
                s.createdAt(),
                s.updatedAt());
    }
}

package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
        List<RequestLink> motivatedBy,
        long discoveryLagSeconds,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** One entry of the status history: the status, when it was set and by whom. */
    @Serdeable
    public record StatusChange(ShadowStatus status, Instant at, String by) {}

    /** A request that motivated the system; {@code outcome} is the closing state, or OPEN. */
    @Serdeable
    public record RequestLink(long id, String key, String title, String outcome, Instant openedAt) {}

    static String key(long id) {
        return "SHD-" + id;
    }

    static ShadowSystemView of(
            ShadowSystem s, Map<Long, String> teamSlugs, List<StatusChange> history, List<RequestLink> links) {
        return new ShadowSystemView(
                s.id(),
                key(s.id()),
                s.name(),
                s.provider(),
                s.url(),
                teamSlugs.get(s.ownerTeamId()),
                s.purpose(),
                s.dataClassification(),
                s.firstLiveAt(),
                s.evidence(),
                s.discoveredAt(),
                teamSlugs.get(s.discoveredByTeamId()),
                s.discoveryMethod(),
                s.discoveryMethod() == DiscoveryMethod.SELF_REPORTED,
                s.status(),
                s.status().allowedNext(),
                history,
                links,
                Duration.between(s.firstLiveAt(), s.discoveredAt()).getSeconds(),
                s.version(),
                s.createdAt(),
                s.updatedAt());
    }
}

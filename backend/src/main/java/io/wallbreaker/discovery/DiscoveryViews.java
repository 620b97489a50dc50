package io.wallbreaker.discovery;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the discovery API answers. */
public final class DiscoveryViews {

    private DiscoveryViews() {}

    /** What a catalog import did with one entity. */
    @Serdeable
    public record EntityResult(
            int line,
            String ref,
            String action,
            @Nullable String owner,
            @Nullable String ownerTeam,
            List<String> identifiers,
            @Nullable String reason) {}

    /** The answer of {@code POST /api/catalog/import}. */
    @Serdeable
    public record CatalogReport(
            int entities,
            int created,
            int updated,
            int unchanged,
            int skipped,
            int closedCandidates,
            List<EntityResult> results,
            List<ImportError> errors) {}

    @Serdeable
    public record IdentifierView(String kind, String value) {}

    /** A known system of the catalog. */
    @Serdeable
    public record KnownSystem(
            long id,
            String ref,
            String kind,
            String name,
            @Nullable String title,
            @Nullable String type,
            @Nullable String owner,
            @Nullable String ownerTeam,
            String origin,
            List<IdentifierView> identifiers,
            Instant createdAt,
            Instant updatedAt) {}

    /** How an owner named by an inventory (a Heroku team, an e-mail) was mapped to a team. */
    @Serdeable
    public record OwnerGuess(String hint, @Nullable String team, String rule) {}

    /** The answer of {@code POST /api/inventories/{source}/import}, and one snapshot in the list. */
    @Serdeable
    public record SnapshotReport(
            long snapshotId,
            String source,
            Instant importedAt,
            String importedBy,
            int items,
            @JsonProperty("new") int newItems,
            int stillPresent,
            int gone,
            int candidates,
            int matched,
            boolean repeated,
            List<OwnerGuess> owners,
            List<ImportError> errors) {}

    /** Where a candidate came from. */
    @Serdeable
    public record Evidence(
            String source,
            long firstSnapshotId,
            long lastSnapshotId,
            @Nullable String ownerHint,
            JsonNode record) {}

    /** A shadow-system candidate: an inventory item nobody in the catalog or the registry knows. */
    @Serdeable
    public record Candidate(
            long id,
            String source,
            String identifier,
            String name,
            String provider,
            @Nullable String url,
            Instant firstSeenAt,
            Instant lastSeenAt,
            boolean present,
            Evidence evidence,
            String status,
            String unmatchedBecause,
            @Nullable String team,
            @Nullable String ownerGuess,
            @Nullable String ignoreReason,
            @Nullable Long shadowSystemId,
            @Nullable Long knownSystemId,
            Instant createdAt,
            @Nullable Instant triagedAt,
            @Nullable String triagedBy) {}

    /** A registered shadow system whose inventory item is gone: a hint that it may be decommissioned. */
    @Serdeable
    public record Gone(
            long shadowSystemId,
            String key,
            String name,
            String status,
            String source,
            String identifier,
            Instant lastSeenAt,
            Instant goneAt) {}

    /** Body of {@code POST /api/shadow-candidates/{id}/ignore}. */
    @Serdeable
    public record IgnoreBody(@Nullable String reason) {}

    /** Body of {@code POST /api/shadow-candidates/{id}/known}: the owner, when it was not guessed. */
    @Serdeable
    public record KnownBody(@Nullable String ownerTeam) {}

    /** Discovery figures for {@code /api/metrics/shadow}. */
    @Serdeable
    public record Stats(
            int openCandidates,
            Map<String, Integer> openBySource,
            int triaged,
            @Nullable Double p50TimeToTriageSeconds,
            int discovered,
            int fromInventories,
            int byAccident,
            int otherwise,
            @Nullable Double inventoryShare,
            @Nullable Double accidentShare) {}
}

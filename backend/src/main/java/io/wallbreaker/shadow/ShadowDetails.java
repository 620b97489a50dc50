package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.Locale;

/**
 * What a person or a scan says about a shadow system: every field they control, checked by
 * {@link ShadowRules}. Embedded in {@link ShadowSystem} (same columns), so the entity, the rules
 * and the import pass one value around instead of eleven positional arguments.
 */
@Embeddable
record ShadowDetails(
        @MappedProperty("name") String name,
        @MappedProperty("provider") String provider,
        @MappedProperty("url") @Nullable String url,
        @MappedProperty("owner_team_id") Long ownerTeamId,
        @MappedProperty("purpose") @Nullable String purpose,
        @MappedProperty("data_classification") DataClassification dataClassification,
        @MappedProperty("first_live_at") Instant firstLiveAt,
        @MappedProperty("evidence") @Nullable String evidence,
        @MappedProperty("discovered_at") Instant discoveredAt,
        @MappedProperty("discovered_by_team_id") Long discoveredByTeamId,
        @MappedProperty("discovery_method") DiscoveryMethod discoveryMethod) {

    /**
     * The import identity: (provider, url) when there is a url, else (provider, name, owner team),
     * compared trimmed and case-insensitively. Lengths prefix the parts so no two tuples share a key.
     */
    String identityKey() {
        String p = fold(provider);
        if (url != null && !url.isBlank()) {
            return "u|" + p.length() + ":" + p + "|" + fold(url);
        }
        String n = fold(name);
        return "n|" + p.length() + ":" + p + "|" + n.length() + ":" + n + "|" + ownerTeamId;
    }

    /**
     * These details (from an import row) laid over the stored ones: identity fields that only differ
     * in case or spacing keep their stored spelling, and optional fields the row leaves empty keep
     * their stored value (a scan does not know the purpose a person wrote down).
     */
    ShadowDetails mergedOver(ShadowDetails stored) {
        return new ShadowDetails(
                sameIgnoringCase(stored.name, name) ? stored.name : name,
                stored.provider,
                url == null || sameIgnoringCase(stored.url, url) ? stored.url : url,
                ownerTeamId,
                purpose == null ? stored.purpose : purpose,
                dataClassification,
                firstLiveAt,
                evidence == null ? stored.evidence : evidence,
                discoveredAt,
                discoveredByTeamId,
                discoveryMethod);
    }

    boolean selfReported() {
        return discoveryMethod == DiscoveryMethod.SELF_REPORTED;
    }

    static String fold(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean sameIgnoringCase(@Nullable String a, @Nullable String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }
}

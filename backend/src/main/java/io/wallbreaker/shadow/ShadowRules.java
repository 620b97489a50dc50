package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.common.Validator;
import io.wallbreaker.request.RequestDirectory.RequestRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one shadow-system body, free of the database: what is required, the date order,
 * the self-report rule, and the identity an import matches on. The same code checks a single
 * create, an edit and every import row, so they can never disagree. Times follow the product's one
 * rule ({@link io.wallbreaker.common.Fields}); a date means the start of that day in UTC.
 */
final class ShadowRules {

    static final List<String> FIELDS = List.of(
            "name",
            "provider",
            "url",
            "ownerTeam",
            "purpose",
            "dataClassification",
            "firstLiveAt",
            "evidence",
            "discoveredAt",
            "discoveredBy",
            "discoveryMethod",
            "status",
            "motivatedBy");

    static final List<String> REQUIRED = List.of(
            "name",
            "provider",
            "ownerTeam",
            "dataClassification",
            "firstLiveAt",
            "discoveredAt",
            "discoveredBy",
            "discoveryMethod");

    /** What the database knows that the rules need: team ids by slug, and the requests that exist. */
    record Known(Map<String, Long> teamIds, Map<Long, RequestRef> requests) {}

    /** A body that passed every rule, normalised (trimmed, empty → null); {@code status} null when not given. */
    record Draft(ShadowDetails details, @Nullable ShadowStatus status, List<Long> motivatedBy) {

        ShadowSystem toNew(Instant now) {
            return ShadowSystem.create(details, status == null ? ShadowStatus.DISCOVERED : status, now);
        }

        /** This import row laid over the stored system (see {@link ShadowDetails#mergedOver}). */
        ShadowSystem mergedInto(ShadowSystem current, Instant now) {
            return current.changed(
                    details.mergedOver(current.details()),
                    status == null ? current.status() : status,
                    current.version(),
                    now);
        }
    }

    private ShadowRules() {}

    /** Checks {@code body}; returns the draft, or null after adding every problem to {@code v}. */
    static @Nullable Draft check(ShadowSystemCreate body, Known known, Instant now, Validator v) {
        int before = v.size();
        String name = text(v, "name", body.name(), 200, true);
        String provider = text(v, "provider", body.provider(), 100, true);
        String url = text(v, "url", body.url(), 500, false);
        Long ownerTeamId = team(v, "ownerTeam", body.ownerTeam(), known);
        String purpose = text(v, "purpose", body.purpose(), 4000, false);
        DataClassification classification =
                v.enumValue("dataClassification", body.dataClassification(), DataClassification.class);
        Instant firstLiveAt = v.happenedOnOrAt("firstLiveAt", body.firstLiveAt(), true, now);
        String evidence = text(v, "evidence", body.evidence(), 4000, false);
        Instant discoveredAt = v.happenedOnOrAt("discoveredAt", body.discoveredAt(), true, now);
        if (firstLiveAt != null && discoveredAt != null && discoveredAt.isBefore(firstLiveAt)) {
            v.add("discoveredAt", "must not be before firstLiveAt");
        }
        Long discoveredById = team(v, "discoveredBy", body.discoveredBy(), known);
        DiscoveryMethod method = v.enumValue("discoveryMethod", body.discoveryMethod(), DiscoveryMethod.class);
        if (method == DiscoveryMethod.SELF_REPORTED
                && ownerTeamId != null
                && discoveredById != null
                && !ownerTeamId.equals(discoveredById)) {
            v.add("discoveredBy", "must be the owner team when the system is self-reported");
        }
        ShadowStatus status = v.optionalEnum("status", body.status(), ShadowStatus.class);
        List<Long> motivatedBy = requests(v, body.motivatedBy(), known);
        if (v.size() > before) {
            return null;
        }
        return new Draft(
                new ShadowDetails(
                        name,
                        provider,
                        url,
                        ownerTeamId,
                        purpose,
                        classification,
                        firstLiveAt,
                        evidence,
                        discoveredAt,
                        discoveredById,
                        method),
                status,
                motivatedBy);
    }

    /** A 409 detail for a move the status rules refuse, or null when the move is allowed. */
    static @Nullable String refusedMove(ShadowStatus from, ShadowStatus to) {
        if (from.canMoveTo(to)) {
            return null;
        }
        List<ShadowStatus> allowed = from.allowedNext();
        return "A shadow system cannot move from " + from + " to " + to + "; "
                + (allowed.isEmpty() ? from + " is final." : "allowed from " + from + ": " + join(allowed) + ".");
    }

    static String normaliseSlug(String slug) {
        return slug.trim().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String text(Validator v, String field, @Nullable String value, int max, boolean required) {
        String t = value == null || value.isBlank() ? null : value.trim();
        if (t == null) {
            if (required) {
                v.add(field, "is required");
            }
            return null;
        }
        if (t.length() > max) {
            v.add(field, "must be at most " + max + " characters");
            return null;
        }
        return t;
    }

    private static @Nullable Long team(Validator v, String field, @Nullable String slug, Known known) {
        if (slug == null || slug.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        Long id = known.teamIds().get(normaliseSlug(slug));
        if (id == null) {
            v.add(field, "unknown team '" + slug.trim() + "'");
        }
        return id;
    }

    private static List<Long> requests(Validator v, @Nullable List<Long> ids, Known known) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > 100) {
            v.add("motivatedBy", "must have at most 100 entries");
            return List.of();
        }
        Set<Long> unique = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (Long id : ids) {
            if (id == null || !known.requests().containsKey(id)) {
                unknown.add(id == null ? "null" : "REQ-" + id);
            } else {
                unique.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            v.add("motivatedBy", "unknown request " + String.join(", ", unknown));
        }
        return List.copyOf(unique);
    }

    private static String join(List<ShadowStatus> statuses) {
        return String.join(", ", statuses.stream().map(Enum::name).toList());
    }
}

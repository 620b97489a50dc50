package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.common.Problem;
import io.wallbreaker.common.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one shadow-system body, free of the database: what is required, the date order,
 * the self-report rule, and the identity an import matches on. The same code checks a single
 * create, an edit and every import row, so they can never disagree.
 */
final class ShadowRules {

    /** Clocks of discovery scripts and browsers drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

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
    record Known(Map<String, Long> teamIds, Map<Long, ShadowSystemView.RequestLink> requests) {}

    /**
     * A body that passed every rule, normalised (trimmed, empty → null). {@code status} is null when
     * the body did not give one.
     */
    record Draft(
            String name,
            String provider,
            @Nullable String url,
            long ownerTeamId,
            @Nullable String purpose,
            DataClassification dataClassification,
            Instant firstLiveAt,
            @Nullable String evidence,
            Instant discoveredAt,
            long discoveredByTeamId,
            DiscoveryMethod discoveryMethod,
            @Nullable ShadowStatus status,
            List<Long> motivatedBy) {

        String identityKey() {
            return ShadowRules.identityKey(provider, url, name, ownerTeamId);
        }

        ShadowSystem toNew(ShadowStatus initial, Instant now) {
            return new ShadowSystem(
                    null,
                    name,
                    provider,
                    url,
                    ownerTeamId,
                    purpose,
                    dataClassification,
                    firstLiveAt,
                    evidence,
                    discoveredAt,
                    discoveredByTeamId,
                    discoveryMethod,
                    initial,
                    identityKey(),
                    0L,
                    now,
                    now);
        }

        /** This body as a full replacement of {@code current} (an edit). */
        ShadowSystem replacing(ShadowSystem current, ShadowStatus newStatus, long readVersion, Instant now) {
            return new ShadowSystem(
                    current.id(),
                    name,
                    provider,
                    url,
                    ownerTeamId,
                    purpose,
                    dataClassification,
                    firstLiveAt,
                    evidence,
                    discoveredAt,
                    discoveredByTeamId,
                    discoveryMethod,
                    newStatus,
                    identityKey(),
                    readVersion,
                    current.createdAt(),
                    now);
        }

        /**
         * This import row merged into the stored system: identity fields that only differ in case or
         * spacing keep their stored spelling, and optional fields the row leaves empty keep their stored
         * value (a scan does not know the purpose a person wrote down).
         */
        ShadowSystem mergedInto(ShadowSystem current, Instant now) {
            String mergedName = sameIgnoringCase(current.name(), name) ? current.name() : name;
            String mergedUrl = url == null || sameIgnoringCase(current.url(), url) ? current.url() : url;
            String mergedPurpose = purpose == null ? current.purpose() : purpose;
            String mergedEvidence = evidence == null ? current.evidence() : evidence;
            ShadowStatus mergedStatus = status == null ? current.status() : status;
            return new ShadowSystem(
                    current.id(),
                    mergedName,
                    current.provider(),
                    mergedUrl,
                    ownerTeamId,
                    mergedPurpose,
                    dataClassification,
                    firstLiveAt,
                    mergedEvidence,
                    discoveredAt,
                    discoveredByTeamId,
                    discoveryMethod,
                    mergedStatus,
                    current.identityKey(),
                    current.version(),
                    current.createdAt(),
                    now);
        }
    }

    private ShadowRules() {}

    /** Checks {@code body}; returns the draft, or null after adding every problem to {@code errors}. */
    static @Nullable Draft check(ShadowSystemCreate body, Known known, Instant now, List<Problem.FieldError> errors) {
        int before = errors.size();
        String name = text(errors, "name", body.name(), 200, true);
        String provider = text(errors, "provider", body.provider(), 100, true);
        String url = text(errors, "url", body.url(), 500, false);
        Long ownerTeamId = team(errors, "ownerTeam", body.ownerTeam(), known);
        String purpose = text(errors, "purpose", body.purpose(), 4000, false);
        DataClassification classification =
                enumValue(errors, "dataClassification", body.dataClassification(), DataClassification.class, true);
        Instant firstLiveAt = instant(errors, "firstLiveAt", body.firstLiveAt(), now);
        String evidence = text(errors, "evidence", body.evidence(), 4000, false);
        Instant discoveredAt = instant(errors, "discoveredAt", body.discoveredAt(), now);
        if (firstLiveAt != null && discoveredAt != null && discoveredAt.isBefore(firstLiveAt)) {
            errors.add(new Problem.FieldError("discoveredAt", "must not be before firstLiveAt"));
        }
        Long discoveredById = team(errors, "discoveredBy", body.discoveredBy(), known);
        DiscoveryMethod method =
                enumValue(errors, "discoveryMethod", body.discoveryMethod(), DiscoveryMethod.class, true);
        if (method == DiscoveryMethod.SELF_REPORTED
                && ownerTeamId != null
                && discoveredById != null
                && !ownerTeamId.equals(discoveredById)) {
            errors.add(
                    new Problem.FieldError("discoveredBy", "must be the owner team when the system is self-reported"));
        }
        ShadowStatus status = enumValue(errors, "status", body.status(), ShadowStatus.class, false);
        List<Long> motivatedBy = requests(errors, body.motivatedBy(), known);
        if (errors.size() > before) {
            return null;
        }
        return new Draft(
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
                method,
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

    /**
     * The import identity: (provider, url) when there is a url, else (provider, name, owner team),
     * compared trimmed and case-insensitively. Lengths prefix the parts so no two tuples share a key.
     */
    static String identityKey(String provider, @Nullable String url, String name, long ownerTeamId) {
        String p = fold(provider);
        if (url != null && !url.isBlank()) {
            return "u|" + p.length() + ":" + p + "|" + fold(url);
        }
        String n = fold(name);
        return "n|" + p.length() + ":" + p + "|" + n.length() + ":" + n + "|" + ownerTeamId;
    }

    /** Parses an instant ("2026-03-02T09:30:00Z", an offset, or a plain date meaning its start in UTC). */
    static @Nullable Instant parseInstant(String text) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            // Databases keep microseconds; dropping the rest keeps a re-import of the same value "unchanged".
            return OffsetDateTime.parse(t).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String fold(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean sameIgnoringCase(@Nullable String a, @Nullable String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static @Nullable String text(
            List<Problem.FieldError> errors, String field, @Nullable String value, int max, boolean required) {
        String t = value == null || value.isBlank() ? null : value.trim();
        if (t == null) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required"));
            }
            return null;
        }
        if (t.length() > max) {
            errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return t;
    }

    private static @Nullable Long team(
            List<Problem.FieldError> errors, String field, @Nullable String slug, Known known) {
        if (slug == null || slug.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
            return null;
        }
        Long id = known.teamIds().get(normaliseSlug(slug));
        if (id == null) {
            errors.add(new Problem.FieldError(field, "unknown team '" + slug.trim() + "'"));
        }
        return id;
    }

    static String normaliseSlug(String slug) {
        return slug.trim().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> @Nullable E enumValue(
            List<Problem.FieldError> errors, String field, @Nullable String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required; one of " + Validator.allowed(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "must be one of " + Validator.allowed(type)));
            return null;
        }
    }

    private static @Nullable Instant instant(
            List<Problem.FieldError> errors, String field, @Nullable String value, Instant now) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
            return null;
        }
        Instant parsed = parseInstant(value);
        if (parsed == null) {
            errors.add(new Problem.FieldError(
                    field, "must be an ISO-8601 instant (2026-03-02T09:30:00Z) or date (2026-03-02)"));
            return null;
        }
        if (parsed.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new Problem.FieldError(field, "must not be in the future"));
            return null;
        }
        return parsed;
    }

    private static List<Long> requests(List<Problem.FieldError> errors, @Nullable List<Long> ids, Known known) {
        if (ids == null) {
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
            errors.add(new Problem.FieldError("motivatedBy", "unknown request " + String.join(", ", unknown)));
        }
        return List.copyOf(unique);
    }

    private static String join(List<ShadowStatus> statuses) {
        return String.join(", ", statuses.stream().map(Enum::name).toList());
    }
}

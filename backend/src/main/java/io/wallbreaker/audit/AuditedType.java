package io.wallbreaker.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an audit entry is about. Records are the product's business data: everyone signed in
 * reads their history (old → new values), leadership included. Account entries — sign-ins, users,
 * API tokens — are about people and their credentials and are shown to administrators only.
 */
public enum AuditedType {
    TEAM("team", true),
    INCIDENT("incident", true),
    TIMELINE_ENTRY("timeline-entry", true),
    ACTION_ITEM("action-item", true),
    POSTMORTEM("postmortem", true),
    REQUEST("request", true),
    OLA_TARGET("ola-target", true),
    SHADOW_SYSTEM("shadow-system", true),
    KNOWN_SYSTEM("known-system", true),
    INVENTORY_SNAPSHOT("inventory-snapshot", true),
    SHADOW_CANDIDATE("shadow-candidate", true),
    USER("user", false),
    API_TOKEN("api-token", false),
    SESSION("session", false),
    CONNECTOR("connector", false),
    NOTIFICATION_CHANNEL("notification-channel", false);

    private final String slug;
    private final boolean record;

    AuditedType(String slug, boolean record) {
        this.slug = slug;
        this.record = record;
    }

    /** The name stored in the audit trail and used in {@code ?entityType=}. */
    public String slug() {
        return slug;
    }

    /** A business record whose history every signed-in user may read. */
    public boolean isRecord() {
        return record;
    }

    public static Optional<AuditedType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    public static List<AuditedType> records() {
        return Arrays.stream(values()).filter(AuditedType::isRecord).toList();
    }

    public static String allowedSlugs() {
        return String.join(", ", Arrays.stream(values()).map(AuditedType::slug).toList());
    }
}

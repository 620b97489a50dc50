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
    TEAM("team", true, "Team"),
    INCIDENT("incident", true, "Incident"),
    TIMELINE_ENTRY("timeline-entry", true, "Timeline entry"),
    ACTION_ITEM("action-item", true, "Action item"),
    POSTMORTEM("postmortem", true, "Postmortem"),
    REQUEST("request", true, "Request"),
    OLA_TARGET("ola-target", true, "OLA target"),
    SHADOW_SYSTEM("shadow-system", true, "Shadow system"),
    KNOWN_SYSTEM("known-system", true, "Catalog system"),
    INVENTORY_SNAPSHOT("inventory-snapshot", true, "Inventory snapshot"),
    SHADOW_CANDIDATE("shadow-candidate", true, "Shadow candidate"),
    USER("user", false, "User"),
    API_TOKEN("api-token", false, "API token"),
    SESSION("session", false, "Sign-in"),
    CONNECTOR("connector", false, "Connector"),
    NOTIFICATION_CHANNEL("notification-channel", false, "Notification channel");

    private final String slug;
    private final boolean record;
    private final String label;

    AuditedType(String slug, boolean record, String label) {
        this.slug = slug;
        this.record = record;
        this.label = label;
    }

    /** The name people read, e.g. "Timeline entry". */
    public String label() {
        return label;
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

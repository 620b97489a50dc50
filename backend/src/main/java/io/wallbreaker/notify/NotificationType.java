package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/** What a notification is about; {@link #wire} is the name channels subscribe to and webhooks carry. */
public enum NotificationType {
    /** The ball moved to a team: a request opened to it, NEEDS_INFO, INFO_PROVIDED, REASSIGNED, REOPENED. */
    REQUEST_BALL_MOVED("request.ball_moved"),
    /** An open request has been in a team's court for 80 % of its OLA target (once per court spell). */
    REQUEST_OLA_WARNING("request.ola_warning"),
    /** … for 100 % of it. */
    REQUEST_OLA_BREACHED("request.ola_breached"),
    ACTION_ITEM_OVERDUE("action_item.overdue"),
    POSTMORTEM_PUBLISHED("postmortem.published"),
    /** An incident's postmortem is still a draft the configured number of days after the incident was resolved. */
    POSTMORTEM_DRAFT_OVERDUE("postmortem.draft_overdue"),
    /** A shadow system holding customer data was registered. */
    SHADOW_SYSTEM_REGISTERED("shadow_system.registered"),
    /** A shadow system holding customer data changed status. */
    SHADOW_SYSTEM_STATUS_CHANGED("shadow_system.status_changed"),
    /** An inventory import found shadow-system candidates nobody knew; the team that triages them hears of it. */
    SHADOW_CANDIDATES_FOUND("shadow_candidate.found"),
    /** The weekly wall digest for leadership; goes to channels that list it, whatever their teams. */
    DIGEST_WEEKLY("digest.weekly"),
    /** "Send a test message" on a channel. */
    TEST("test");

    private final String wire;

    NotificationType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static @Nullable NotificationType ofWire(@Nullable String wire) {
        return Arrays.stream(values())
                .filter(t -> t.wire.equals(wire))
                .findFirst()
                .orElse(null);
    }

    /**
     * The kind of "your court" item this is about, for personal e-mail; null when it is not one
     * (published postmortems, shadow systems, the digest and test messages go to channels only).
     */
    public Court.@Nullable ItemType courtItem() {
        return switch (this) {
            case REQUEST_BALL_MOVED, REQUEST_OLA_WARNING, REQUEST_OLA_BREACHED -> Court.ItemType.REQUEST;
            case ACTION_ITEM_OVERDUE -> Court.ItemType.ACTION_ITEM;
            case POSTMORTEM_DRAFT_OVERDUE -> Court.ItemType.POSTMORTEM;
            case SHADOW_CANDIDATES_FOUND -> Court.ItemType.SHADOW_CANDIDATE;
            default -> null;
        };
    }

    /** The types a channel can subscribe to (every one but TEST). */
    public static List<NotificationType> subscribable() {
        return Arrays.stream(values()).filter(t -> t != TEST).toList();
    }

    /** What a channel gets when it names no events: everything about its teams, not the digest. */
    public static List<NotificationType> defaults() {
        return subscribable().stream().filter(t -> t != DIGEST_WEEKLY).toList();
    }
}

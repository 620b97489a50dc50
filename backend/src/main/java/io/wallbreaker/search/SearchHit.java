package io.wallbreaker.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing the global search found: its kind, key ("INC-3"), title, a snippet of the text that
 * matched when it was not the title, and the app page it lives on.
 */
@Serdeable
public record SearchHit(
        SearchHit.Type type,
        long id,
        String key,
        String title,
        @Nullable String snippet,
        String link) {

    /** What kind of record a hit is. */
    public enum Type {
        INCIDENT,
        POSTMORTEM,
        REQUEST,
        SHADOW_SYSTEM,
        TEAM
    }
}

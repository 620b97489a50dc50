package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/notification-channels}: {@code url} for SLACK, TEAMS and WEBHOOK, {@code address}
 * for EMAIL; {@code teams} ([] or left out: every team); {@code events} (left out: the defaults).
 */
@Serdeable
public record ChannelCreate(
        @Nullable String kind,
        @NotBlank @Size(max = 100) String name,
        @Nullable @Size(max = 2000) String url,
        @Nullable @Size(max = 320) String address,
        @Nullable List<String> teams,
        @Nullable List<String> events,
        @Nullable Boolean enabled) {}

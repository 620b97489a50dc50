package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A channel as administrators see it. {@code target} is the e-mail address or the URL; a Slack or
 * Teams URL is itself a secret and shows only its host ({@code https://hooks.slack.com/…}).
 * {@code secret} is set only in the answer to creating a WEBHOOK channel or rotating its secret.
 */
@Serdeable
public record ChannelView(
        long id,
        ChannelKind kind,
        String name,
        String target,
        List<String> teams,
        List<String> events,
        boolean enabled,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String secret) {}

package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PUT /api/notification-channels/{id}}: {@code url} / {@code address} left out keep the stored one. */
@Serdeable
public record ChannelUpdate(
        @NotBlank @Size(max = 100) String name,
        @Nullable @Size(max = 2000) String url,
        @Nullable @Size(max = 320) String address,
        @Nullable List<String> teams,
        @Nullable List<String> events,
        @NotNull Boolean enabled,
        @NotNull Long version) {}

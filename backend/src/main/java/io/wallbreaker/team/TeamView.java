package io.wallbreaker.team;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A team as the API shows it. */
@Serdeable
public record TeamView(String slug, String name, TeamKind kind, long version, Instant createdAt) {

    static TeamView of(Team team) {
        return new TeamView(team.slug(), team.name(), team.kind(), team.version(), team.createdAt());
    }
}

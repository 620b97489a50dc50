package io.wallbreaker.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamRepository extends CrudRepository<Team, Long> {

    Optional<Team> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Team> findBySlugIn(Collection<String> slugs);

    List<Team> findByIdIn(Collection<Long> ids);
}

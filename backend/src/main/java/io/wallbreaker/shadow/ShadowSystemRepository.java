package io.wallbreaker.shadow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/**
 * The one write path for shadow systems: single saves and updates, and the import's batches
 * ({@code saveAll}, {@code updateAll}; an UPDATE whose {@code version} no longer matches fails
 * the whole transaction with an optimistic-lock error). Filtered lists read rows through the
 * same mapping ({@link ShadowStore}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShadowSystemRepository extends CrudRepository<ShadowSystem, Long> {

    List<ShadowSystem> findByIdentityKeyIn(Collection<String> identityKeys);
}

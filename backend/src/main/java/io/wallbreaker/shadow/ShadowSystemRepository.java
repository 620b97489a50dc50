package io.wallbreaker.shadow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Single-record reads and writes; filtered lists and bulk imports go through {@link ShadowStore}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShadowSystemRepository extends CrudRepository<ShadowSystem, Long> {}

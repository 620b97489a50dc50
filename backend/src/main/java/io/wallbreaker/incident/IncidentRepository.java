package io.wallbreaker.incident;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IncidentRepository extends CrudRepository<Incident, Long> {

    List<Incident> findByIdIn(Collection<Long> ids);
}

package io.wallbreaker.incident;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TimelineEntryRepository extends CrudRepository<TimelineEntry, Long> {

    @Query("SELECT * FROM timeline_entry WHERE incident_id = :incidentId ORDER BY at, id")
    List<TimelineEntry> findInTimeOrder(Long incidentId);

    @Query("DELETE FROM timeline_entry WHERE id = :id AND version = :version")
    int deleteVersioned(Long id, Long version);
}

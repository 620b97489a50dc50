package io.wallbreaker.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Insert-only by design: the interface offers no update or delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** One JDBC batch for bulk imports. */
    List<AuditEntry> saveAll(Iterable<AuditEntry> entries);
}

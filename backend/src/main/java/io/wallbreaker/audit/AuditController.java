package io.wallbreaker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.ListCounts;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.TimeParams;
import io.wallbreaker.common.Validator;
import io.wallbreaker.security.Roles;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail, newest first. Everyone signed in reads the history of records (leadership
 * too); sign-ins, users and API tokens are shown to administrators only (see {@link AuditedType}).
 */
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Audit")
class AuditController {

    /** What the audit trail sorts by; newest first by default. */
    static final Sorting.Fields SORT = Sorting.Fields.tieBreak("id")
            .required("at", "at")
            .add("actor", "actor")
            .add("action", "action")
            .add("entityType", "entity_type")
            .add("entityId", "entity_id")
            .byDefault("at,desc");

    private final JdbcOperations jdbc;
    private final ListCounts counts;
    private final AuditLog auditLog;

    AuditController(JdbcOperations jdbc, AuditLog auditLog, ListCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.auditLog = auditLog;
    }

    /** One kind of record the audit trail knows, for the filter's select. */
    @Serdeable
    record EntityType(String slug, String label, boolean adminOnly) {}

    /** The entity types the caller may filter by: every type for administrators, business records for others. */
    @Get("/entity-types")
    List<EntityType> entityTypes(Authentication authentication) {
        boolean admin = authentication.getRoles().contains(Roles.ADMIN);
        return Arrays.stream(AuditedType.values())
                .filter(t -> admin || t.isRecord())
                .map(t -> new EntityType(t.slug(), t.label(), !t.isRecord()))
                .toList();
    }

    @Get
    @Transactional(readOnly = true)
    PageOf<AuditView> list(
            @Nullable @QueryValue String entityType,
            @Nullable @QueryValue String entityId,
            @Nullable @QueryValue String actor,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String includeChildren,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort,
            Authentication authentication) {
        Paging paging = Paging.of(page, size, sort, SORT);
        Validator v = new Validator();
        boolean children = Boolean.TRUE.equals(v.optionalBoolean("includeChildren", includeChildren));
        v.throwIfInvalid();
        TimeParams.Range range = TimeParams.range("from", from, "to", to);
        boolean admin = authentication.getRoles().contains(Roles.ADMIN);
        AuditedType type = null;
        if (entityType != null && !entityType.isBlank()) {
            type = AuditedType.ofSlug(entityType.trim())
                    .orElseThrow(
                            () -> ApiException.invalid("entityType", "must be one of " + AuditedType.allowedSlugs()));
            if (!admin && !type.isRecord()) {
                throw new ApiException(
                        HttpStatus.FORBIDDEN,
                        "Forbidden",
                        "Sign-ins, users and API tokens are shown to administrators only.");
            }
        }
        Object[] readable =
                AuditedType.records().stream().map(AuditedType::slug).toArray();
        String slug = type == null ? null : type.slug();
        boolean withChildren = children && slug != null && entityId != null;
        return new SqlQuery(
                        "id, at, actor, actor_kind, action, entity_type, entity_id, changes, parent_type, parent_id",
                        "audit_entry")
                .where(withChildren ? null : "entity_type = ?", slug)
                .where(withChildren ? null : "entity_id = ?", entityId)
                .where(
                        withChildren
                                ? "((entity_type = ? AND entity_id = ?) OR (parent_type = ? AND parent_id = ?))"
                                : null,
                        slug,
                        entityId,
                        slug,
                        entityId)
                .where(admin ? null : "entity_type IN (" + "?, ".repeat(readable.length - 1) + "?)", readable)
                .where(
                        "action = ?",
                        action == null || action.isBlank()
                                ? null
                                : action.trim().toUpperCase(Locale.ROOT))
                .where("actor = ?", actor)
                .where("at >= ?", range.from())
                .where("at < ?", range.to())
                .page(
                        jdbc,
                        paging,
                        rs -> new AuditView(
                                rs.getLong("id"),
                                SqlQuery.instant(rs, "at"),
                                rs.getString("actor"),
                                rs.getString("actor_kind"),
                                rs.getString("action"),
                                rs.getString("entity_type"),
                                rs.getString("entity_id"),
                                auditLog.parse(rs.getString("changes")),
                                rs.getString("parent_type"),
                                rs.getString("parent_id")),
                        counts);
    }
}

package io.wallbreaker.request;

import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Problem;
import io.wallbreaker.common.UniqueViolations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bulk import of request histories (e.g. exported from a ticket system), idempotent by
 * {@code externalRef}. Each item is checked by the same code as a single create and a single
 * append, and stored in its own transaction: a rejected item leaves nothing behind and never
 * affects the others; an item another import stored at the same moment counts as unchanged.
 */
@Singleton
public class RequestImport {

    private final RequestService requests;
    private final RequestStore store;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    RequestImport(RequestService requests, RequestStore store, Clock clock, TransactionOperations<Connection> tx) {
        this.requests = requests;
        this.store = store;
        this.clock = clock;
        this.tx = tx;
    }

    public RequestImportResult importHistory(List<RequestImportItem> items, Actor actor) {
        List<RequestImportResult.Item> results = new ArrayList<>();
        int created = 0;
        int unchanged = 0;
        int rejected = 0;
        for (int i = 0; i < items.size(); i++) {
            RequestImportItem item = items.get(i);
            RequestImportResult.Item result = importOne(i, item, actor);
            results.add(result);
            switch (result.status()) {
                case "CREATED" -> created++;
                case "UNCHANGED" -> unchanged++;
                default -> rejected++;
            }
        }
        return new RequestImportResult(created, unchanged, rejected, results);
    }

    private RequestImportResult.Item importOne(int index, RequestImportItem item, Actor actor) {
        try {
            return tx.executeWrite(status -> store(index, item, actor));
        } catch (ApiException e) {
            Problem p = e.toProblem(null);
            List<Problem.FieldError> errors =
                    p.errors() != null ? p.errors() : List.of(new Problem.FieldError("request", p.detail()));
            return new RequestImportResult.Item(
                    index, item == null ? null : item.externalRef(), "REJECTED", null, null, errors);
        } catch (RuntimeException e) {
            if (!UniqueViolations.isViolationOf(e, "cross_request_external_ref_unique")) {
                throw e;
            }
            // Another import stored this reference between our look-up and our insert.
            return tx.executeRead(status -> existing(index, item)).orElseThrow(() -> e);
        }
    }

    private RequestImportResult.Item store(int index, RequestImportItem item, Actor actor) {
        if (item == null) {
            throw ApiException.invalid("request", "must be an object");
        }
        if (item.externalRef() == null || item.externalRef().isBlank()) {
            throw ApiException.invalid("externalRef", "is required for imports (it makes re-imports idempotent)");
        }
        Optional<RequestImportResult.Item> existing = existing(index, item);
        if (existing.isPresent()) {
            return existing.get();
        }
        RequestService.Checked c = requests.check(item.request(), "");
        RequestLedger ledger = new RequestLedger(c.requester(), c.responder(), c.openedAt());
        List<RequestLedger.Event> events = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<EventCreate> given = item.events() == null ? List.of() : item.events();
        Instant now = clock.instant();
        for (int e = 0; e < given.size(); e++) {
            EventCreate body = given.get(e);
            if (body != null && "OPENED".equalsIgnoreCase(body.type())) {
                continue; // implicit on create
            }
            String prefix = "events[" + e + "].";
            if (body == null || body.at() == null) {
                throw ApiException.invalid(prefix + "at", "is required for imported events");
            }
            RequestLedger.Event event = requests.parseEvent(body, prefix, now);
            try {
                ledger.append(event);
            } catch (RequestLedger.InvalidEvent invalid) {
                throw ApiException.invalid(prefix + invalid.field(), invalid.getMessage());
            } catch (RequestLedger.Refusal refusal) {
                // In an import a refused event is one more reason to reject the item, named by its field.
                throw ApiException.invalid(prefix + "type", refusal.getMessage());
            }
            events.add(event);
            notes.add(RequestService.blankToNull(body.note()));
        }
        long id = requests.persist(c, events, notes, actor);
        return new RequestImportResult.Item(
                index, item.externalRef(), "CREATED", id, RequestSummary.key(id), List.of());
    }

    private Optional<RequestImportResult.Item> existing(int index, RequestImportItem item) {
        return store.idByExternalRef(item.externalRef().trim())
                .map(id -> new RequestImportResult.Item(
                        index, item.externalRef(), "UNCHANGED", id, RequestSummary.key(id), List.of()));
    }
}

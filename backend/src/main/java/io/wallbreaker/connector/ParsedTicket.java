package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The changes a payload brings for one ticket.
 *
 * @param externalId the ticket's stable id in its system (Jira issue id, GitHub issue id)
 * @param alias another id the same ticket is known by from now on (a GitHub issue's id after a transfer)
 * @param key what people call it: {@code OPS-1234}, {@code acme/ops-requests#42}
 * @param problems what the import could not read fully (reported, the rest is kept)
 */
record ParsedTicket(
        String externalId, @Nullable String alias, String key, List<TicketChange> changes, List<String> problems) {}

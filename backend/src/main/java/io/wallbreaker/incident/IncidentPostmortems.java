package io.wallbreaker.incident;

import java.util.Collection;
import java.util.Map;

/**
 * What incidents need to know of their postmortems, supplied by the postmortem feature so the
 * incident code never reads postmortem tables (postmortems hang off incidents, not the reverse).
 */
public interface IncidentPostmortems {

    /** The postmortem status of each of the incidents that has a postmortem. */
    Map<Long, String> statuses(Collection<Long> incidentIds);

    /**
     * A SQL condition on an incident aliased {@code i}, with one {@code ?} for a lower-case
     * {@code LIKE} pattern (escape character {@code \}): the incident's postmortem text matches.
     */
    String textMatches();

    /**
     * A SQL expression on an incident aliased {@code i} that orders it by its postmortem's review
     * state: none, draft, in review, published.
     */
    String statusOrder();
}

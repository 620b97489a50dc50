-- Request figures are summed exactly and rounded once (docs/METRICS.md "Time, precision and
-- rounding"). The row keeps the exact running sums as of its last event, in milliseconds, so a list
-- can extend an open request's figures to "now" without replaying its events. V10 re-derives every
-- existing request's figures from its events with these rules.
ALTER TABLE cross_request ADD COLUMN waiting_responder_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE cross_request ADD COLUMN waiting_requester_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE cross_request ADD COLUMN active_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE cross_request ADD COLUMN first_response_ms BIGINT;

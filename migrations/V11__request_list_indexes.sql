-- The requests board opens on open work (outcome = 'OPEN', newest first) and filters by either
-- team of the pair; these indexes let the list count and choose its page on cross_request alone
-- instead of scanning every row (issue 11: the board took 25 s, a responder filter longer, at
-- 1,000,000 requests on H2). The requester side is served by cross_request_pair_opened.
CREATE INDEX cross_request_outcome_opened ON cross_request (outcome, opened_at);
CREATE INDEX cross_request_responder_opened ON cross_request (responder_team_id, opened_at);

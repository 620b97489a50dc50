-- Whether a request was ever reopened. Most requests were open for one span, [opened_at, closed_at];
-- only reopened ones need their events replayed to find when they were open (incident wall time).
ALTER TABLE cross_request ADD COLUMN reopened BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE cross_request SET reopened = TRUE
 WHERE id IN (SELECT request_id FROM request_event WHERE type = 'REOPENED');

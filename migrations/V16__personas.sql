-- Issue 16 (every persona at home on every screen).

-- Timeline entries can be corrected and removed, with optimistic locking like every other record.
ALTER TABLE timeline_entry ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A child record's audit entries name their parent, so a record's History shows its children too
-- (an incident's timeline entries, action items and postmortem).
ALTER TABLE audit_entry ADD COLUMN parent_type VARCHAR(40);
ALTER TABLE audit_entry ADD COLUMN parent_id VARCHAR(100);
CREATE INDEX audit_entry_parent ON audit_entry (parent_type, parent_id, at);
UPDATE audit_entry SET parent_type = 'incident',
    parent_id = (SELECT CAST(t.incident_id AS VARCHAR(100)) FROM timeline_entry t
                 WHERE CAST(t.id AS VARCHAR(100)) = audit_entry.entity_id)
WHERE entity_type = 'timeline-entry';
UPDATE audit_entry SET parent_type = 'incident',
    parent_id = (SELECT CAST(a.incident_id AS VARCHAR(100)) FROM action_item a
                 WHERE CAST(a.id AS VARCHAR(100)) = audit_entry.entity_id)
WHERE entity_type = 'action-item';
UPDATE audit_entry SET parent_type = 'incident', parent_id = entity_id WHERE entity_type = 'postmortem';

-- Users can be deactivated (never deleted: the audit trail and records keep their name).
ALTER TABLE app_user ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

-- Publishing a postmortem with open blameless findings needs an explicit acknowledgement, kept with it.
ALTER TABLE postmortem ADD COLUMN findings_acknowledged INT;
ALTER TABLE postmortem ADD COLUMN findings_acknowledged_by VARCHAR(100);
ALTER TABLE postmortem ADD COLUMN findings_acknowledged_at TIMESTAMP WITH TIME ZONE;

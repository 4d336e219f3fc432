-- The incident list: one row per incident, written by the incident grains through the projection and
-- read by the API without activating grains. summary_json is the whole row as the C# side reads it back;
-- the other columns exist to filter and sort.
-- revision orders writes: a row only replaces one with a lower revision, so a late or repeated write is
-- ignored. number_seq is the numeric part of the number: the list order and the paging cursor.
-- Times are UTC ISO-8601 text (round-trip format), which sorts in time order; is_open is 0 or 1.

CREATE TABLE IF NOT EXISTS incidents
(
    id                TEXT    NOT NULL PRIMARY KEY,
    number            TEXT    NOT NULL UNIQUE,
    number_seq        INTEGER NOT NULL,
    title             TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    priority          INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    service_id        TEXT    NULL,
    assignment_group  TEXT    NULL,
    assignee          TEXT    NULL,
    requester         TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    version           INTEGER NOT NULL,
    revision          INTEGER NOT NULL,
    resolution_due_at TEXT    NULL,
    is_open           INTEGER NOT NULL,
    summary_json      TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_incidents_open_priority ON incidents (is_open, priority);
CREATE INDEX IF NOT EXISTS ix_incidents_service ON incidents (service_id);
CREATE INDEX IF NOT EXISTS ix_incidents_assignment_group ON incidents (assignment_group);
CREATE INDEX IF NOT EXISTS ix_incidents_assignee ON incidents (assignee);
CREATE INDEX IF NOT EXISTS ix_incidents_status ON incidents (status);
CREATE UNIQUE INDEX IF NOT EXISTS ux_incidents_number_seq ON incidents (number_seq);

-- The incident list: one row per incident, written by the incident grains through the projection and
-- read by the API without activating grains. summary_json is the whole row as the C# side reads it back;
-- the other columns exist to filter and sort.
-- revision orders writes: a row only replaces one with a lower revision, so a late or repeated write is
-- ignored. number_seq is the numeric part of the number: the list order and the paging cursor.

CREATE TABLE IF NOT EXISTS incidents
(
    id                text        NOT NULL,
    number            text        NOT NULL,
    number_seq        bigint      NOT NULL,
    title             text        NOT NULL,
    status            text        NOT NULL,
    priority          integer     NOT NULL,
    service_id        text        NULL,
    assignment_group  text        NULL,
    assignee          text        NULL,
    requester         text        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           integer     NOT NULL,
    revision          integer     NOT NULL,
    resolution_due_at timestamptz NULL,
    is_open           boolean     NOT NULL,
    summary_json      text        NOT NULL,

    CONSTRAINT pk_incidents PRIMARY KEY (id),
    CONSTRAINT uq_incidents_number UNIQUE (number),
    CONSTRAINT ck_incidents_priority CHECK (priority BETWEEN 1 AND 5)
);

CREATE INDEX IF NOT EXISTS ix_incidents_open_priority ON incidents (is_open, priority);
CREATE INDEX IF NOT EXISTS ix_incidents_service ON incidents (service_id);
CREATE INDEX IF NOT EXISTS ix_incidents_assignment_group ON incidents (assignment_group);
CREATE INDEX IF NOT EXISTS ix_incidents_assignee ON incidents (assignee);
CREATE INDEX IF NOT EXISTS ix_incidents_status ON incidents (status);
CREATE UNIQUE INDEX IF NOT EXISTS ux_incidents_number_seq ON incidents (number_seq);

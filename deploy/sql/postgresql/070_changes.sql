-- Change requests as lists and the change calendar read them: one row per change, written by the change grains.
-- revision orders writes (a row only replaces one with a lower revision); summary_json is the whole row.
-- holds_window marks changes whose planned window still counts for conflicts (not in review, closed or cancelled).
CREATE TABLE IF NOT EXISTS changes
(
    id                   text        NOT NULL,
    number               text        NOT NULL,
    number_seq           bigint      NOT NULL,
    type                 text        NOT NULL,
    status               text        NOT NULL,
    title                text        NOT NULL,
    service_id           text        NULL,
    implementer          text        NULL,
    window_start         timestamptz NULL,
    window_end           timestamptz NULL,
    holds_window         boolean     NOT NULL,
    risk                 text        NULL,
    outcome              text        NULL,
    unresolved_conflicts integer     NOT NULL,
    updated_at           timestamptz NOT NULL,
    revision             integer     NOT NULL,
    summary_json         text        NOT NULL,

    CONSTRAINT pk_changes PRIMARY KEY (id),
    CONSTRAINT uq_changes_number UNIQUE (number)
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_changes_number_seq ON changes (number_seq);
CREATE INDEX IF NOT EXISTS ix_changes_window ON changes (window_start, window_end);
CREATE INDEX IF NOT EXISTS ix_changes_service_outcome ON changes (service_id, outcome, updated_at);
CREATE INDEX IF NOT EXISTS ix_changes_status ON changes (status);

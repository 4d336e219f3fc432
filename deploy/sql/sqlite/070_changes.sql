-- Change requests as lists and the change calendar read them: one row per change, written by the change grains.
-- revision orders writes (a row only replaces one with a lower revision); summary_json is the whole row.
-- holds_window marks changes whose planned window still counts for conflicts (not in review, closed or cancelled).
-- Times are UTC ISO-8601 text (round-trip format), which sorts in time order; booleans are 0 or 1.
CREATE TABLE IF NOT EXISTS changes
(
    id                   TEXT    NOT NULL PRIMARY KEY,
    number               TEXT    NOT NULL UNIQUE,
    number_seq           INTEGER NOT NULL,
    type                 TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    title                TEXT    NOT NULL,
    service_id           TEXT    NULL,
    implementer          TEXT    NULL,
    window_start         TEXT    NULL,
    window_end           TEXT    NULL,
    holds_window         INTEGER NOT NULL,
    risk                 TEXT    NULL,
    outcome              TEXT    NULL,
    unresolved_conflicts INTEGER NOT NULL,
    updated_at           TEXT    NOT NULL,
    revision             INTEGER NOT NULL,
    summary_json         TEXT    NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_changes_number_seq ON changes (number_seq);
CREATE INDEX IF NOT EXISTS ix_changes_window ON changes (window_start, window_end);
CREATE INDEX IF NOT EXISTS ix_changes_service_outcome ON changes (service_id, outcome, updated_at);
CREATE INDEX IF NOT EXISTS ix_changes_status ON changes (status);

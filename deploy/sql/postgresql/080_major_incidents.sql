-- Major incidents as lists and the boards' banner read them: one row per major incident, written by its grain.
-- revision orders writes (a row only replaces one with a lower revision); summary_json is the whole row.
CREATE TABLE IF NOT EXISTS major_incidents
(
    id           TEXT    NOT NULL PRIMARY KEY,
    number       TEXT    NOT NULL UNIQUE,
    number_seq   bigint NOT NULL,
    status       TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    commander    TEXT    NOT NULL,
    is_active    boolean NOT NULL,
    promoted_at  timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    revision     INTEGER NOT NULL,
    summary_json TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_major_incidents_active ON major_incidents (is_active, number_seq);

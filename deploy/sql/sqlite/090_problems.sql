-- Problems as lists and the known-error search read them: one row per problem, written by its grain.
-- revision orders writes (a row only replaces one with a lower revision); summary_json is the whole row.
-- search_text is the lower-cased title, symptoms, cause and workaround that the known-error search matches.
CREATE TABLE IF NOT EXISTS problems
(
    id           TEXT    NOT NULL PRIMARY KEY,
    number       TEXT    NOT NULL UNIQUE,
    number_seq   INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    service_id   TEXT    NULL,
    known_error  INTEGER NOT NULL,
    search_text  TEXT    NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    summary_json TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_problems_known_error ON problems (known_error, number_seq);
CREATE INDEX IF NOT EXISTS ix_problems_status ON problems (status, number_seq);

-- Service requests as lists read them: one row per request, written by its grain; a row is replaced only by a higher revision.
CREATE TABLE IF NOT EXISTS service_requests
(
    id             TEXT    NOT NULL PRIMARY KEY,
    number         TEXT    NOT NULL UNIQUE,
    number_seq     INTEGER NOT NULL,
    status         TEXT    NOT NULL,
    requested_by   TEXT    NOT NULL,
    requested_for  TEXT    NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL,
    summary_json   TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_service_requests_requester ON service_requests (requested_by, number_seq);
CREATE INDEX IF NOT EXISTS ix_service_requests_status ON service_requests (status, number_seq);

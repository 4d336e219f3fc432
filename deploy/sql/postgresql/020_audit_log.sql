-- Security events: sign-ins and failures, API keys and accounts changed, permissions denied.
-- Written by the web hosts, read by admins newest first.
CREATE TABLE IF NOT EXISTS audit_events
(
    id             BIGSERIAL   PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL,
    kind           TEXT        NOT NULL,
    actor          TEXT        NOT NULL,
    subject        TEXT        NULL,
    detail         TEXT        NULL,
    remote_address TEXT        NULL
);

CREATE INDEX IF NOT EXISTS ix_audit_events_at ON audit_events (at);

-- Alerts as lists and boards read them: one row per alert (routing key and dedup key), written by its grain on every
-- open, acknowledge and resolve, and at most once a second while it repeats. A row only replaces a lower revision.
CREATE TABLE IF NOT EXISTS alerts
(
    alert_key    TEXT    NOT NULL PRIMARY KEY,
    status       TEXT    NOT NULL,
    service_id   TEXT    NOT NULL,
    incident_id  TEXT    NULL,
    last_seen    TEXT NOT NULL,
    revision     BIGINT  NOT NULL,
    summary_json TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_alerts_status ON alerts (status, last_seen);
CREATE INDEX IF NOT EXISTS ix_alerts_incident ON alerts (incident_id);

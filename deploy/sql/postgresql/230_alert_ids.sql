-- Alerts get a public id: their key holds the integration's first routing key, a credential that lists must not show.
-- Rows written before get their id from the read-model upgrade that runs after the scripts (AlertIdUpgrade);
-- the dedup key gets its own column so that an alert can be found by it.
ALTER TABLE alerts ADD COLUMN alert_id TEXT NULL;
ALTER TABLE alerts ADD COLUMN dedup_key TEXT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS ux_alerts_alert_id ON alerts (alert_id);
CREATE INDEX IF NOT EXISTS ix_alerts_dedup_key ON alerts (dedup_key);

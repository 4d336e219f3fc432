-- The SLA policy of each incident, so the SLA repair lists the incidents of a policy from the read model.
-- Rows written before this column existed fill it with their next write (the upsert replaces a row whose policy is unknown).
ALTER TABLE incidents ADD COLUMN IF NOT EXISTS sla_policy_id text NULL;
CREATE INDEX IF NOT EXISTS ix_incidents_sla_policy ON incidents (sla_policy_id, number_seq);

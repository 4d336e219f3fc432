-- The export also reads string-keyed grains (accounts, webhooks, escalation policies, …) from the grain state rows: their
-- keys are stored as text with both numeric halves zero, so each page starts at the last key's text through this index.
CREATE INDEX IF NOT EXISTS ix_orleansstorage_type_text_key ON OrleansStorage (GrainTypeString, ServiceId, GrainIdN0, GrainIdN1, GrainIdExtensionString);

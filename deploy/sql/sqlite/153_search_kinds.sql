-- Search holds service requests, changes and services too. known_error marks the problems recorded as known
-- errors (kind=known-error finds them); requested_by is who raised a request for someone else: both may find it.
ALTER TABLE search_documents ADD COLUMN known_error INTEGER NOT NULL DEFAULT 0;
ALTER TABLE search_documents ADD COLUMN requested_by TEXT NULL;
CREATE INDEX IF NOT EXISTS ix_search_requested_by ON search_documents (requested_by, updated_at DESC) WHERE requested_by IS NOT NULL;

-- Search holds service requests, changes and services too. known_error marks the problems recorded as known
-- errors (kind=known-error finds them); requested_by is who raised a request for someone else: both may find it.
ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS known_error boolean NOT NULL DEFAULT false;
ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS requested_by text NULL;
CREATE INDEX IF NOT EXISTS ix_search_requested_by ON search_documents (requested_by, updated_at DESC) WHERE requested_by IS NOT NULL;

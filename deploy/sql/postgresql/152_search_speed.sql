-- Search at a million records: the open ones (the working set) get small partial indexes of their own, so a search
-- of open records never reads the index entries of the closed ones; finer statistics of the word vectors let the
-- planner tell a common word (read the newest records first) from a rare one (read its few matches).
CREATE INDEX IF NOT EXISTS ix_search_open_public_vector ON search_documents USING gin (public_vector) WHERE is_open;
CREATE INDEX IF NOT EXISTS ix_search_open_full_vector ON search_documents USING gin (full_vector) WHERE is_open;
CREATE INDEX IF NOT EXISTS ix_search_open_updated ON search_documents (updated_at DESC, kind, id) WHERE is_open;
CREATE INDEX IF NOT EXISTS ix_search_open_assignment_group ON search_documents (assignment_group, updated_at DESC) WHERE is_open;
ALTER TABLE search_documents ALTER COLUMN public_vector SET STATISTICS 1000;
ALTER TABLE search_documents ALTER COLUMN full_vector SET STATISTICS 1000;

-- Lists of open records (the working set) read a small partial index of their own.
CREATE INDEX IF NOT EXISTS ix_search_open_updated ON search_documents (updated_at DESC, kind, id) WHERE is_open = 1;

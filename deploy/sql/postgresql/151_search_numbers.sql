-- A search for a ticket number (INC0001234, PRB0000042) is answered from this index, not the word index.
CREATE INDEX IF NOT EXISTS ix_search_number ON search_documents (number);

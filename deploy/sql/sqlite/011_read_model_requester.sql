-- Requesters list only the incidents they raised.
CREATE INDEX IF NOT EXISTS ix_incidents_requester ON incidents (requester, number_seq);

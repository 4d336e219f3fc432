-- Search: one document per searchable record (incidents first; other kinds join with their own kind), written by
-- the record's grain beside its list row, read by GET /api/search without activating grains.
-- public_text is what anyone who may see the record may read; internal_text only agents and admins (work notes).
-- The words live in an FTS5 index over the same rows (search_text), kept in step by triggers; a caller's search
-- names the columns it may read. Times are UTC ISO-8601 text; booleans 0 or 1.

CREATE TABLE IF NOT EXISTS search_documents
(
    kind              TEXT    NOT NULL,
    id                TEXT    NOT NULL,
    number            TEXT    NOT NULL,
    title             TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    is_open           INTEGER NOT NULL,
    priority          INTEGER NULL,
    service_id        TEXT    NULL,
    assignment_group  TEXT    NULL,
    assignee          TEXT    NULL,
    requester         TEXT    NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    sla_breached      INTEGER NOT NULL,
    revision          INTEGER NOT NULL,
    public_text       TEXT    NOT NULL,
    internal_text     TEXT    NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE INDEX IF NOT EXISTS ix_search_updated ON search_documents (updated_at DESC, kind, id);
CREATE INDEX IF NOT EXISTS ix_search_created ON search_documents (created_at DESC, kind, id);
CREATE INDEX IF NOT EXISTS ix_search_requester ON search_documents (requester, updated_at DESC);
CREATE INDEX IF NOT EXISTS ix_search_assignment_group ON search_documents (assignment_group, updated_at DESC);

-- Porter stemming over Unicode words, as PostgreSQL's 'english' configuration stems.
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(heading, public_text, internal_text, tokenize='porter unicode61');

CREATE TRIGGER IF NOT EXISTS search_documents_inserted AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_text (rowid, heading, public_text, internal_text)
    VALUES (new.rowid, new.number || ' ' || new.title, new.public_text, new.internal_text);
END;

CREATE TRIGGER IF NOT EXISTS search_documents_updated AFTER UPDATE ON search_documents BEGIN
    DELETE FROM search_text WHERE rowid = old.rowid;
    INSERT INTO search_text (rowid, heading, public_text, internal_text)
    VALUES (new.rowid, new.number || ' ' || new.title, new.public_text, new.internal_text);
END;

CREATE TRIGGER IF NOT EXISTS search_documents_deleted AFTER DELETE ON search_documents BEGIN
    DELETE FROM search_text WHERE rowid = old.rowid;
END;

INSERT OR IGNORE INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text)
SELECT 'incident', id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
       created_at, updated_at, 0, -1, '', ''
FROM incidents;

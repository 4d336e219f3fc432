-- Search: one document per searchable record (incidents first; other kinds join with their own kind), written by
-- the record's grain beside its list row, read by GET /api/search without activating grains.
-- public_text is what anyone who may see the record may read (description, public replies, resolution notes);
-- internal_text is what only agents and admins read (work notes). Two text vectors, one per audience, each with
-- a GIN index: a caller's search never matches words it may not read.
-- revision orders writes as in the lists: a late or repeated write is ignored.

CREATE TABLE IF NOT EXISTS search_documents
(
    kind              text        NOT NULL,
    id                text        NOT NULL,
    number            text        NOT NULL,
    title             text        NOT NULL,
    status            text        NOT NULL,
    is_open           boolean     NOT NULL,
    priority          integer     NULL,
    service_id        text        NULL,
    assignment_group  text        NULL,
    assignee          text        NULL,
    requester         text        NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    sla_breached      boolean     NOT NULL,
    revision          integer     NOT NULL,
    public_text       text        NOT NULL,
    internal_text     text        NOT NULL,
    public_vector     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', number || ' ' || title), 'A') ||
        setweight(to_tsvector('english', public_text), 'B')) STORED,
    full_vector       tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', number || ' ' || title), 'A') ||
        setweight(to_tsvector('english', public_text), 'B') ||
        setweight(to_tsvector('english', internal_text), 'C')) STORED,

    CONSTRAINT pk_search_documents PRIMARY KEY (kind, id)
);

CREATE INDEX IF NOT EXISTS ix_search_public_vector ON search_documents USING gin (public_vector);
CREATE INDEX IF NOT EXISTS ix_search_full_vector ON search_documents USING gin (full_vector);
CREATE INDEX IF NOT EXISTS ix_search_updated ON search_documents (updated_at DESC, kind, id);
CREATE INDEX IF NOT EXISTS ix_search_created ON search_documents (created_at DESC, kind, id);
CREATE INDEX IF NOT EXISTS ix_search_requester ON search_documents (requester, updated_at DESC);
CREATE INDEX IF NOT EXISTS ix_search_assignment_group ON search_documents (assignment_group, updated_at DESC);

-- Incidents that exist already become findable by number and title at once; their texts follow with their next change.
INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text)
SELECT 'incident', id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
       created_at, updated_at, false, -1, '', ''
FROM incidents
ON CONFLICT (kind, id) DO NOTHING;

-- Service requests, changes, problems and services recorded before search existed become findable after an upgrade:
-- a search document each, from what their list row holds (number, title, status, service, group; a problem's
-- symptoms, cause and workaround). The list rows keep no creation time, so the last update stands in for it.
-- revision -1 loses to any write of the record's grain, which then brings its full text (descriptions, plans, answers).
-- A record that already has a document keeps it. The insert trigger of 150_search fills the word index.
-- search_service_id is ServiceGrain.SearchId, registered on every connection (SQLite has no SHA-256 of its own).
-- "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join of the SELECT.

INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
SELECT 'service-request', id, number, coalesce(json_extract(summary_json, '$.itemName'), ''), status,
       status NOT IN ('Closed', 'Cancelled', 'Rejected'), NULL, NULL, json_extract(summary_json, '$.fulfilmentGroup'), NULL,
       coalesce(json_extract(summary_json, '$.requestedFor'), requested_for),
       updated_at, updated_at, 0, -1, '', '', 0, coalesce(json_extract(summary_json, '$.requestedBy'), requested_by)
FROM service_requests WHERE true
ON CONFLICT (kind, id) DO NOTHING;

INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
SELECT 'change', id, number, title, status, status NOT IN ('Closed', 'Cancelled'), NULL, service_id, NULL, implementer, NULL,
       updated_at, updated_at, 0, -1, '', '', 0, NULL
FROM changes WHERE true
ON CONFLICT (kind, id) DO NOTHING;

INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
SELECT 'problem', id, number, coalesce(json_extract(summary_json, '$.title'), ''), status, status NOT IN ('Closed', 'Cancelled'), NULL,
       service_id, NULL, NULL, NULL, updated_at, updated_at, 0, -1,
       trim(coalesce(nullif(json_extract(summary_json, '$.symptoms'), '') || char(10), '') ||
            coalesce(nullif(json_extract(summary_json, '$.cause'), '') || char(10), '') ||
            coalesce(nullif(json_extract(summary_json, '$.workaround'), '') || char(10), '') ||
            CASE WHEN known_error THEN 'known error' ELSE '' END, char(10)),
       '', known_error, NULL
FROM problems WHERE true
ON CONFLICT (kind, id) DO NOTHING;

-- The same text as ItsmDatabase.TimeValue writes (round-trip format, +00:00), so times compare as they sort.
INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
SELECT 'service', search_service_id(id), id, name, kind, 1, NULL, id, support_group, NULL, NULL,
       strftime('%Y-%m-%dT%H:%M:%f', 'now') || '0000+00:00', strftime('%Y-%m-%dT%H:%M:%f', 'now') || '0000+00:00',
       0, -1, '', '', 0, NULL
FROM services WHERE true
ON CONFLICT (kind, id) DO NOTHING;

-- Service requests, changes, problems and services recorded before search existed become findable after an upgrade:
-- a search document each, from what their list row holds (number, title, status, service, group; a problem's
-- symptoms, cause and workaround). The list rows keep no creation time, so the last update stands in for it.
-- revision -1 loses to any write of the record's grain, which then brings its full text (descriptions, plans, answers).
-- A record that already has a document keeps it.

-- A service's search id as ServiceGrain.SearchId makes it: the first 16 bytes of SHA-256("service:" || key), laid
-- out as .NET's Guid(ReadOnlySpan<byte>) reads them (the first three groups little-endian).
CREATE OR REPLACE FUNCTION search_service_id(key text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT substr(h, 7, 2) || substr(h, 5, 2) || substr(h, 3, 2) || substr(h, 1, 2) || '-' ||
           substr(h, 11, 2) || substr(h, 9, 2) || '-' ||
           substr(h, 15, 2) || substr(h, 13, 2) || '-' ||
           substr(h, 17, 4) || '-' || substr(h, 21, 12)
    FROM (SELECT encode(sha256(convert_to('service:' || key, 'UTF8')), 'hex') AS h) hashed
$$;

INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
SELECT 'service-request', id, number, coalesce(summary_json::jsonb ->> 'itemName', ''), status,
       status NOT IN ('Closed', 'Cancelled', 'Rejected'), NULL, NULL, summary_json::jsonb ->> 'fulfilmentGroup', NULL,
       coalesce(summary_json::jsonb ->> 'requestedFor', requested_for),
       updated_at, updated_at, false, -1, '', '', false, coalesce(summary_json::jsonb ->> 'requestedBy', requested_by)
FROM service_requests
ON CONFLICT (kind, id) DO NOTHING;

INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
SELECT 'change', id, number, title, status, status NOT IN ('Closed', 'Cancelled'), NULL, service_id, NULL, implementer, NULL,
       updated_at, updated_at, false, -1, '', '', false, NULL
FROM changes
ON CONFLICT (kind, id) DO NOTHING;

INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
SELECT 'problem', id, number, coalesce(summary_json::jsonb ->> 'title', ''), status, status NOT IN ('Closed', 'Cancelled'), NULL,
       service_id, NULL, NULL, NULL, updated_at, updated_at, false, -1,
       concat_ws(E'\n', nullif(summary_json::jsonb ->> 'symptoms', ''), nullif(summary_json::jsonb ->> 'cause', ''),
                 nullif(summary_json::jsonb ->> 'workaround', ''), CASE WHEN known_error THEN 'known error' END),
       '', known_error, NULL
FROM problems
ON CONFLICT (kind, id) DO NOTHING;

INSERT INTO search_documents
    (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
     created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
SELECT 'service', search_service_id(id), id, name, kind, true, NULL, id, support_group, NULL, NULL,
       now(), now(), false, -1, '', '', false, NULL
FROM services
ON CONFLICT (kind, id) DO NOTHING;

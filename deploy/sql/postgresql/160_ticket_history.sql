-- The ticket history the reports read: an append-only list of facts (opened, acknowledged, resolved, reopened, closed,
-- cancelled, SLA met or breached, change outcomes, incidents linked to problems), each with the priority, service and
-- assignment group of its ticket at the time. Written by the ticket grains; a fact is stored once per
-- (ticket, event, ordinal), so a repeated write adds nothing. duration_seconds counts from opened_at;
-- backlog_delta is +1 when an incident enters the backlog and -1 when it leaves it, so the backlog at any time is a sum.

CREATE TABLE IF NOT EXISTS ticket_history
(
    ticket_id        text        NOT NULL,
    event            text        NOT NULL,
    ordinal          integer     NOT NULL,
    kind             text        NOT NULL,
    number           text        NOT NULL,
    at               timestamptz NOT NULL,
    outcome          text        NULL,
    priority         integer     NULL,
    service_id       text        NULL,
    assignment_group text        NULL,
    opened_at        timestamptz NOT NULL,
    duration_seconds bigint      NULL,
    backlog_delta    integer     NOT NULL,

    CONSTRAINT pk_ticket_history PRIMARY KEY (ticket_id, event, ordinal)
);

-- Every report but the backlog reads one event over a date range.
CREATE INDEX IF NOT EXISTS ix_ticket_history_event_at ON ticket_history (event, at)
    INCLUDE (kind, outcome, priority, service_id, assignment_group, duration_seconds);

-- The backlog sums the entering and leaving rows up to a time, by opening time for the ages.
CREATE INDEX IF NOT EXISTS ix_ticket_history_backlog ON ticket_history (at)
    INCLUDE (backlog_delta, opened_at, priority, service_id, assignment_group)
    WHERE backlog_delta <> 0;

-- An upgraded database: what the incident list knows. The resolution time is approximated by the last update; the
-- grains' own facts for the same (ticket, event, ordinal) add nothing, so nothing counts twice.
INSERT INTO ticket_history
    (ticket_id, event, ordinal, kind, number, at, outcome, priority, service_id, assignment_group, opened_at, duration_seconds, backlog_delta)
SELECT id, 'opened', 1, 'incident', number, created_at, NULL, priority, service_id, assignment_group, created_at, NULL, 1
FROM incidents
ON CONFLICT DO NOTHING;

INSERT INTO ticket_history
    (ticket_id, event, ordinal, kind, number, at, outcome, priority, service_id, assignment_group, opened_at, duration_seconds, backlog_delta)
SELECT id, CASE WHEN status = 'Cancelled' THEN 'cancelled' ELSE 'resolved' END, 1, 'incident', number, updated_at, NULL,
       priority, service_id, assignment_group, created_at,
       CAST(EXTRACT(EPOCH FROM updated_at - created_at) AS bigint), -1
FROM incidents
WHERE status IN ('Resolved', 'Closed', 'Cancelled')
ON CONFLICT DO NOTHING;

-- The backlog now, so that a backlog report reads the history of its range only, not of all time: the backlog rows of
-- ticket_history summed by ticket and by what a report filters on, kept where the sum is not zero (the tickets in
-- the backlog now). The backlog at an earlier time is this minus the rows since. A trigger keeps it; a fact written
-- twice is ignored by ticket_history and so never counted twice. No priority, service or group is stored as 0 or ''.

CREATE TABLE IF NOT EXISTS backlog_now
(
    ticket_id        TEXT    NOT NULL,
    opened_at        TEXT    NOT NULL,
    priority         INTEGER NOT NULL,
    service_id       TEXT    NOT NULL,
    assignment_group TEXT    NOT NULL,
    backlog          INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, opened_at, priority, service_id, assignment_group)
);

CREATE TRIGGER IF NOT EXISTS ticket_history_backlog_now AFTER INSERT ON ticket_history WHEN new.backlog_delta <> 0
BEGIN
    INSERT INTO backlog_now (ticket_id, opened_at, priority, service_id, assignment_group, backlog)
    VALUES (new.ticket_id, new.opened_at, coalesce(new.priority, 0), coalesce(new.service_id, ''), coalesce(new.assignment_group, ''), new.backlog_delta)
    ON CONFLICT (ticket_id, opened_at, priority, service_id, assignment_group) DO UPDATE SET backlog = backlog + excluded.backlog;
    DELETE FROM backlog_now
    WHERE ticket_id = new.ticket_id AND opened_at = new.opened_at AND priority = coalesce(new.priority, 0)
      AND service_id = coalesce(new.service_id, '') AND assignment_group = coalesce(new.assignment_group, '') AND backlog = 0;
END;

INSERT INTO backlog_now (ticket_id, opened_at, priority, service_id, assignment_group, backlog)
SELECT ticket_id, opened_at, coalesce(priority, 0), coalesce(service_id, ''), coalesce(assignment_group, ''), SUM(backlog_delta)
FROM ticket_history
WHERE backlog_delta <> 0
GROUP BY ticket_id, opened_at, coalesce(priority, 0), coalesce(service_id, ''), coalesce(assignment_group, '')
HAVING SUM(backlog_delta) <> 0;

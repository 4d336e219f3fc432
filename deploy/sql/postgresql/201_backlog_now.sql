-- The backlog now, so that a backlog report reads the history of its range only, not of all time: the backlog rows of
-- ticket_history summed by ticket and by what a report filters on, kept where the sum is not zero (the tickets in
-- the backlog now). The backlog at an earlier time is this minus the rows since. A trigger keeps it; a fact written
-- twice is ignored by ticket_history and so never counted twice. No priority, service or group is stored as 0 or ''.

CREATE TABLE IF NOT EXISTS backlog_now
(
    ticket_id        text        NOT NULL,
    opened_at        timestamptz NOT NULL,
    priority         integer     NOT NULL,
    service_id       text        NOT NULL,
    assignment_group text        NOT NULL,
    backlog          integer     NOT NULL,

    CONSTRAINT pk_backlog_now PRIMARY KEY (ticket_id, opened_at, priority, service_id, assignment_group)
);

CREATE OR REPLACE FUNCTION backlog_now_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    remaining integer;
BEGIN
    INSERT INTO backlog_now AS b (ticket_id, opened_at, priority, service_id, assignment_group, backlog)
    VALUES (NEW.ticket_id, NEW.opened_at, coalesce(NEW.priority, 0), coalesce(NEW.service_id, ''), coalesce(NEW.assignment_group, ''), NEW.backlog_delta)
    ON CONFLICT ON CONSTRAINT pk_backlog_now DO UPDATE SET backlog = b.backlog + excluded.backlog
    RETURNING backlog INTO remaining;
    IF remaining = 0 THEN
        DELETE FROM backlog_now
        WHERE ticket_id = NEW.ticket_id AND opened_at = NEW.opened_at AND priority = coalesce(NEW.priority, 0)
          AND service_id = coalesce(NEW.service_id, '') AND assignment_group = coalesce(NEW.assignment_group, '');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER ticket_history_backlog_now AFTER INSERT ON ticket_history
    FOR EACH ROW WHEN (NEW.backlog_delta <> 0) EXECUTE FUNCTION backlog_now_add();

INSERT INTO backlog_now (ticket_id, opened_at, priority, service_id, assignment_group, backlog)
SELECT ticket_id, opened_at, coalesce(priority, 0), coalesce(service_id, ''), coalesce(assignment_group, ''), SUM(backlog_delta)
FROM ticket_history
WHERE backlog_delta <> 0
GROUP BY ticket_id, opened_at, coalesce(priority, 0), coalesce(service_id, ''), coalesce(assignment_group, '')
HAVING SUM(backlog_delta) <> 0
ON CONFLICT DO NOTHING;

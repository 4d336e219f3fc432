-- Open fulfilment tasks as the task queue reads them: rewritten in the same transaction as their request's newer row.
CREATE TABLE IF NOT EXISTS fulfilment_tasks
(
    request_id       TEXT    NOT NULL,
    task_number      INTEGER NOT NULL,
    number_seq       INTEGER NOT NULL,
    assignment_group TEXT    NOT NULL,
    assignee         TEXT    NULL,
    row_json         TEXT    NOT NULL,
    PRIMARY KEY (request_id, task_number)
);

CREATE INDEX IF NOT EXISTS ix_fulfilment_tasks_group ON fulfilment_tasks (assignment_group, number_seq);
CREATE INDEX IF NOT EXISTS ix_fulfilment_tasks_assignee ON fulfilment_tasks (assignee, number_seq);

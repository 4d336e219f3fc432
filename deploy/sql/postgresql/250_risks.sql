-- The risk register: one row per risk with what lists filter and sort on (its current score is the residual one once
-- treatment is assessed, else the inherent one), and the services each touches so that a service finds its risks.
-- The services rows are replaced whenever the risk changes; revision orders writes.
CREATE TABLE IF NOT EXISTS risks
(
    id           TEXT    NOT NULL PRIMARY KEY,
    number       TEXT    NOT NULL UNIQUE,
    revision     INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    category     TEXT    NOT NULL,
    owner        TEXT    NOT NULL,
    impact       INTEGER NULL,
    likelihood   INTEGER NULL,
    score        INTEGER NULL,
    review_by    TEXT    NULL,
    summary_json TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_risks_status_score ON risks (status, score);

CREATE TABLE IF NOT EXISTS risk_services
(
    risk_id    TEXT NOT NULL,
    service_id TEXT NOT NULL,
    PRIMARY KEY (risk_id, service_id)
);

CREATE INDEX IF NOT EXISTS ix_risk_services_service ON risk_services (service_id);

-- Business impact analyses: one row per service that has one, with its recovery objectives in seconds for reports
-- (services with none, objectives inherited from dependents); view_json is the whole analysis. version orders writes.
CREATE TABLE IF NOT EXISTS business_impacts
(
    service_id  TEXT    NOT NULL PRIMARY KEY,
    version     INTEGER NOT NULL,
    rto_seconds BIGINT  NULL,
    rpo_seconds BIGINT  NULL,
    view_json   TEXT    NOT NULL
);

-- Continuity plans: one row per plan with what lists filter on, and the services each covers so that a service finds
-- its plans. The services rows are replaced whenever the plan changes; revision orders writes.
CREATE TABLE IF NOT EXISTS continuity_plans
(
    id           TEXT    NOT NULL PRIMARY KEY,
    number       TEXT    NOT NULL UNIQUE,
    revision     INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    review_by    TEXT    NULL,
    summary_json TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS continuity_plan_services
(
    plan_id    TEXT NOT NULL,
    service_id TEXT NOT NULL,
    PRIMARY KEY (plan_id, service_id)
);

CREATE INDEX IF NOT EXISTS ix_continuity_plan_services_service ON continuity_plan_services (service_id);

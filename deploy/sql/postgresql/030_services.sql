-- The service portfolio as lists and the service map read it: one row per defined service, written by the service
-- grains. revision orders writes (a row only replaces one with a lower revision); summary_json is the whole row.
CREATE TABLE IF NOT EXISTS services
(
    id            TEXT    NOT NULL PRIMARY KEY,
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    criticality   INTEGER NOT NULL,
    support_group TEXT    NULL,
    status        TEXT    NOT NULL,
    revision      BIGINT  NOT NULL,
    summary_json  TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_services_status ON services (status);

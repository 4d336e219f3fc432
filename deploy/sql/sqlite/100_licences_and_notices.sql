-- Software licences as lists read them, and the operational notices boards load at start (over-used licences,
-- expiring contracts). A notice row is replaced only by a higher revision; settled notices stay with active = false.
CREATE TABLE IF NOT EXISTS licences
(
    id           TEXT    NOT NULL PRIMARY KEY,
    compliance   TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    summary_json TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS notices
(
    notice_key   TEXT    NOT NULL PRIMARY KEY,
    active       INTEGER NOT NULL,
    since        TEXT NOT NULL,
    revision     BIGINT  NOT NULL,
    notice_json  TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_notices_active ON notices (active);
